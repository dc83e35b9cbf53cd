// The browser's typed API client: plain @trpc/client (no React Query) to keep page JavaScript small.
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "../../server/trpc/root";

const url = "/api/trpc";

export const trpc = createTRPCClient<AppRouter>({
  links: [
    // The assistant's answer streams on a request of its own: in a batch, aborting one call does
    // not end the request until every call in it is aborted (trpc#6582), so Stop would not stop.
    splitLink({
      condition: (op) => op.path === "chat.send",
      true: httpBatchStreamLink({ url, maxItems: 1 }),
      false: httpBatchLink({ url }),
    }),
  ],
});

/** A message fit to show the shopper: the server's own for 4xx answers, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (status && status >= 400 && status < 500) return error.message;
  }
  return "Something went wrong. Please check your connection and try again.";
}
