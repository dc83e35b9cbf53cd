// Typed domain errors; they are turned into HTTP statuses and tRPC codes here and nowhere else.
import { TRPCError } from "@trpc/server";

export type DomainErrorKind = "NotFound" | "Conflict" | "RateLimited" | "BadInput";

const DOMAIN_ERROR = Symbol.for("printroom.DomainError");

export class DomainError extends Error {
  readonly [DOMAIN_ERROR] = true;

  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** the form field the message belongs beside, when it is about one */
    readonly field?: string,
  ) {
    super(message);
    this.name = kind;
  }

  // The Remix server build carries its own copy of this module, while objects made in start.ts
  // (rate limits, payments) throw the source copy's errors; a brand keeps instanceof true for both.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [DOMAIN_ERROR]?: unknown })[DOMAIN_ERROR] === true;
  }
}

export const notFound = (message = "Not found") => new DomainError("NotFound", message);
export const conflict = (message: string, field?: string) => new DomainError("Conflict", message, field);
export const rateLimited = (message = "Too many requests, please try again later") => new DomainError("RateLimited", message);
export const badInput = (message: string, field?: string) => new DomainError("BadInput", message, field);

const httpStatus: Record<DomainErrorKind, number> = { NotFound: 404, Conflict: 409, RateLimited: 429, BadInput: 400 };
const trpcCode = {
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  RateLimited: "TOO_MANY_REQUESTS",
  BadInput: "BAD_REQUEST",
} as const satisfies Record<DomainErrorKind, TRPCError["code"]>;

export function httpStatusOf(error: DomainError): number {
  return httpStatus[error.kind];
}

export function toTrpcError(error: unknown): unknown {
  if (error instanceof DomainError) return new TRPCError({ code: trpcCode[error.kind], message: error.message, cause: error });
  return error;
}

/** For Remix loaders and actions: a domain error becomes a thrown Response with its status. */
export function toResponse(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new Response(error.message, { status: httpStatusOf(error), statusText: error.kind });
  }
  return error;
}
