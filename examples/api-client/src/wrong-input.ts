// Inputs are typed: each call below must NOT compile. If one ever does, its `@ts-expect-error` is
// unused, and that is a type error, so `npm run typecheck` fails.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "printroom/api";

const shop = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost:3000/api/trpc" })] });

export async function callsThatDoNotCompile(): Promise<void> {
  // @ts-expect-error: quantity is a number
  await shop.cart.add.mutate({ variantId: 1, quantity: "two" });
  // @ts-expect-error: an orientation the catalogue does not have
  await shop.catalog.listPhotos.query({ orientation: "diagonal" });
  // @ts-expect-error: orders.track needs the e-mail too
  await shop.orders.track.mutate({ number: "PR-1001" });
  const cart = await shop.cart.get.query();
  // @ts-expect-error: answers are typed too; money is integer cents, not a formatted string
  cart.subtotalCents.toUpperCase();
}
