// A shopper's first steps through Printroom's typed API: list photos, read one, put a print in the
// cart and read the cart back. Run against a shop: PRINTROOM_URL=http://localhost:3000 npm run shop
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter, CartView, PhotoDetail } from "printroom/api";
import { fetchKeepingCookies } from "./cookie-fetch.js";

const shopUrl = process.env.PRINTROOM_URL ?? "http://localhost:3000";

const shop = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: `${shopUrl}/api/trpc`, fetch: fetchKeepingCookies() })],
});

const { items } = await shop.catalog.listPhotos.query({ orientation: "landscape", limit: 12 });
console.log(`photos: ${items.length} landscape photos, the first "${items[0]?.title}"`);
const first = items[0];
if (!first) throw new Error("the shop lists no landscape photo");

const photo: PhotoDetail = await shop.catalog.photoBySlug.query({ slug: first.slug });
const print = photo.variants[0];
if (!print) throw new Error(`${photo.slug} is sold in no size`);
console.log(`photo: ${photo.slug}, ${photo.variants.length} prints from ${print.priceCents} cents`);

await shop.cart.add.mutate({ variantId: print.id, quantity: 2 });
const cart: CartView = await shop.cart.get.query();
const line = cart.lines.find((l) => l.variantId === print.id);
if (!line || line.quantity !== 2 || cart.subtotalCents !== 2 * print.priceCents) {
  throw new Error(`the cart does not hold the two prints just added: ${JSON.stringify(cart)}`);
}
console.log(`cart: ${cart.itemCount} items, ${line.title} (${line.description}), subtotal ${cart.subtotalCents} cents`);
