// tRPC building blocks: the request context, procedures, and how errors look to callers.
import { initTRPC } from "@trpc/server";
import { z, ZodError } from "zod";
import { DomainError, toTrpcError } from "../errors";
import type { AppContext } from "../http/load-context";

/** A loader's context without what only a rendered page uses. */
export type TrpcContext = Omit<AppContext, "cspNonce" | "pageCache">;

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError
        ? "Invalid input: " + zodError.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")
        : // An unexpected error's message can hold SQL or internals; it is logged, never shown.
          error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side; please try again."
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
  if (!result.ok && result.error.cause instanceof DomainError) throw toTrpcError(result.error.cause);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);
