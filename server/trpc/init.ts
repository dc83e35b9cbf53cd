// tRPC building blocks: the request context, procedures, and how errors look to callers.
import { initTRPC } from "@trpc/server";
import { z, ZodError } from "zod";
import { DomainError, isDatabaseUnavailable, toTrpcError } from "../errors";
import { bodyLimitFor, tooLargeMessage } from "../http/body-limit";
import type { AppContext } from "../http/load-context";

/** A loader's context without what only a rendered page uses. */
export type TrpcContext = Omit<AppContext, "cspNonce" | "pageCache">;

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error, path }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError
        ? "Invalid input: " + zodError.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")
        : // An unexpected error's message can hold SQL or internals; it is logged, never shown.
          error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side; please try again."
          : error.code === "PAYLOAD_TOO_LARGE"
            ? tooLargeMessage(bodyLimitFor(`/api/trpc/${path ?? ""}`))
            : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        zodIssues: zodError ? z.flattenError(zodError) : null,
      },
    };
  },
});

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && (result.error.cause instanceof DomainError || isDatabaseUnavailable(result.error.cause))) throw toTrpcError(result.error.cause);
  return result;
});

/**
 * Procedures whose input is a file (multipart/form-data or bytes): the only mutations that may
 * take a body other than JSON. They have no preflight to shield them, so the cross-site check in
 * server/http/trpc-edge.ts is their guard and must stay in front of them. Each reads its body
 * with the limit of its own row in server/http/body-limit.ts.
 */
export const proceduresTakingUploads: ReadonlySet<string> = new Set<string>(["mockups.uploadWallPhoto"]);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);
