// The browser's typed API client: plain @trpc/client (no React Query) to keep page JavaScript small.
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "../../server/trpc/root";

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/api/trpc" })],
});

/** A message fit to show the shopper: the server's own for 4xx answers, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (status && status >= 400 && status < 500) return error.message;
  }
  return "Something went wrong. Please check your connection and try again.";
}
