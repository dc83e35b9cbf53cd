// Typed domain errors; they are turned into HTTP statuses and tRPC codes here and nowhere else.
import { TRPCError } from "@trpc/server";

export type DomainErrorKind = "NotFound" | "Conflict" | "RateLimited" | "BadInput" | "Gone";

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
/** Something that existed and was deleted on purpose (a mockup its owner deleted): 410 for pages. */
export const gone = (message: string) => new DomainError("Gone", message);

const httpStatus: Record<DomainErrorKind, number> = { NotFound: 404, Conflict: 409, RateLimited: 429, BadInput: 400, Gone: 410 };
const trpcCode = {
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  RateLimited: "TOO_MANY_REQUESTS",
  BadInput: "BAD_REQUEST",
  // tRPC has no 410; a client tells it from a missing id by the message.
  Gone: "NOT_FOUND",
} as const satisfies Record<DomainErrorKind, TRPCError["code"]>;

export function httpStatusOf(error: DomainError): number {
  return httpStatus[error.kind];
}

export function toTrpcError(error: unknown): unknown {
  if (error instanceof DomainError) return new TRPCError({ code: trpcCode[error.kind], message: error.message, cause: error });
  if (isDatabaseUnavailable(error)) return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The store is briefly unavailable; please try again in a moment.", cause: error });
  return error;
}

/** For Remix loaders and actions: a domain error becomes a thrown Response with its status. */
export function toResponse(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new Response(error.message, { status: httpStatusOf(error), statusText: error.kind });
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
  return error;
}

/** Seconds a client is asked to wait (`Retry-After`) when the database is briefly out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

// postgres.js' own codes for a lost or unreachable server, the socket's, and Postgres' SQLSTATEs for
// a backend terminated (57P01-03), a statement cancelled by statement_timeout (57014), a connection
// failure (08xxx) and too many connections (53300).
const unavailableCodes = new Set(["STORE_UNAVAILABLE", "CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "57014", "53300"]);

/** A part of the store itself (its own webhook route, say) answered that it is briefly unavailable: passed on as the same 503. */
export function storeUnavailable(message: string): Error {
  return Object.assign(new Error(message), { code: "STORE_UNAVAILABLE" });
}

/** Whether an error (or any cause under it: Drizzle, tRPC wrap them) says the database is out of reach for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (unavailableCodes.has(code) || code.startsWith("08"))) return true;
  }
  return false;
}

/** The answer to a request that met a database outage: 503, and when to try again. */
export function databaseUnavailableResponse(): Response {
  return new Response("The store is briefly unavailable; please try again in a moment.", {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
