import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as checkoutAction, loader as checkoutLoader } from "../../app/routes/checkout._index";
import { checkouts } from "../../db/schema/index";
import { startAppServer, testEnv } from "../../test/app-server";
import { cartWith, checkoutDeps, ensureShippingZone } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard, createPhoto } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { GIFT_CARD_NOT_USABLE } from "../giftcards/messages";
import { createPayments } from "../integrations/payments/index";
import type { AppRouter } from "../trpc/root";
import type { DomainError } from "../errors";
import { CHECKOUT_LIMITS, createCheckout, EMPTY_CART_MESSAGE } from "./create-checkout";
import { orderReturnPaths } from "../../app/shared/checkout-paths";

const database = await testDatabase();
const db = database.db;
await ensureShippingZone(db);
const env = testEnv();
const payments = createPayments(env);
const server = await startAppServer(db, { env, payments });

function shopper() {
  const jar = new Map<string, string>();
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [name, ...value] = cookie.split(";")[0]!.split("=");
      jar.set(name!, value.join("="));
    }
    return response;
  };
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/api/trpc`, fetch: cookieFetch })] });
}

async function failure(call: Promise<unknown>) {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return { status: (error as TRPCClientError<AppRouter>).data!.httpStatus, message: (error as Error).message };
}

describe("checkout.create over HTTP", () => {
  it("snapshots the cart into a pending checkout and answers with the payment page's URL", async () => {
    const client = shopper();
    const photo = await createPhoto(db, { title: "Dune Grass" });
    await client.cart.add.mutate({ variantId: photo.variants[1]!.id, quantity: 3 });
    const { checkoutId, url } = await client.checkout.create.mutate({ email: " Buyer@Example.COM ", newsletterOptIn: true });
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(url).toBe(`/checkout/local-payment/${checkout!.providerSessionId}`);
    expect(checkout).toMatchObject({ status: "open", email: "buyer@example.com", newsletterOptIn: true, subtotalCents: 3 * 9500, totalCents: 3 * 9500, currency: "usd" });
    expect(checkout!.lines).toEqual([
      { variantId: photo.variants[1]!.id, productId: null, title: "Dune Grass", description: "18 × 12 in · Fine-art paper", unitPriceCents: 9500, quantity: 3, lineTotalCents: 28500 },
    ]);
    const minutes = (checkout!.expiresAt!.getTime() - checkout!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThan(32);
  });

  it("takes a gift card applied with giftCards.applyToCart off the checkout's total", async () => {
    const client = shopper();
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 2500 });
    const photo = await createPhoto(db);
    await client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 1 });
    expect(await client.giftCards.applyToCart.mutate({ code })).toEqual({ last4: card.codeLast4, usable: true, availableCents: 2500 });
    expect(await client.giftCards.appliedToCart.query()).toMatchObject({ last4: card.codeLast4 });
    const { checkoutId } = await client.checkout.create.mutate({ email: "card@example.com" });
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(checkout).toMatchObject({ subtotalCents: 4500, discountCents: 2500, totalCents: 2000 });
    expect(await failure(client.giftCards.applyToCart.mutate({ code: "0000-0000-0000-0000" }))).toEqual({ status: 400, message: GIFT_CARD_NOT_USABLE });
  });

  it("an empty cart, or no cart at all, is a clear 400 that writes nothing", async () => {
    const before = (await db.select().from(checkouts)).length;
    expect(await failure(shopper().checkout.create.mutate({ email: "a@example.com" }))).toEqual({ status: 400, message: EMPTY_CART_MESSAGE });
    expect((await db.select().from(checkouts)).length).toBe(before);
  });

  it("a malformed e-mail is a 400 naming the problem", async () => {
    const result = await failure(shopper().checkout.create.mutate({ email: "not-an-email" }));
    expect(result.status).toBe(400);
    expect(result.message).toMatch(/valid e-mail/);
  });

  it("takes prices only from the database: a price sent by the client is ignored", async () => {
    const sessionId = await cartWith(db, [{ priceCents: 12000 }]);
    const input = { sessionId, email: "a@example.com", unitPriceCents: 1, returnPaths: orderReturnPaths } as Parameters<typeof createCheckout>[1];
    const { checkoutId } = await createCheckout(checkoutDeps(db, payments), input);
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(checkout!.totalCents).toBe(12000);
  });
});

describe("checkout limits", () => {
  const countCheckouts = async () => (await db.select().from(checkouts)).length;
  const refusal = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error as DomainError);

  it("a session may start ten checkouts in ten minutes; the eleventh is a 429 that writes no checkout", async () => {
    const deps = checkoutDeps(db, payments);
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    for (let i = 0; i < CHECKOUT_LIMITS.perSession.points; i++) await createCheckout(deps, { sessionId, email: "busy@example.com", returnPaths: orderReturnPaths });
    const before = await countCheckouts();
    const error = await refusal(createCheckout(deps, { sessionId, email: "busy@example.com", returnPaths: orderReturnPaths }));
    expect(error).toMatchObject({ kind: "RateLimited", message: CHECKOUT_LIMITS.perSession.message });
    expect(await countCheckouts()).toBe(before);
    const someoneElse = await cartWith(db, [{ priceCents: 4500 }]);
    await expect(createCheckout(deps, { sessionId: someoneElse, email: "calm@example.com", returnPaths: orderReturnPaths })).resolves.toMatchObject({ paymentUrl: expect.any(String) });
  });

  it("a client that drops its cookie is counted by its address all the same", async () => {
    const deps = checkoutDeps(db, payments);
    const sessions = await Promise.all(Array.from({ length: CHECKOUT_LIMITS.perAddress.points + 1 }, () => cartWith(db, [{ priceCents: 4500 }])));
    for (const sessionId of sessions.slice(1)) await createCheckout(deps, { sessionId, email: "script@example.com", returnPaths: orderReturnPaths });
    const error = await refusal(createCheckout(deps, { sessionId: sessions[0]!, email: "script@example.com", returnPaths: orderReturnPaths }));
    expect(error).toMatchObject({ kind: "RateLimited", message: CHECKOUT_LIMITS.perAddress.message });
  });
});

describe("the /checkout page without JavaScript", () => {
  it("posts the form and is sent on to the payment page with a 303", async () => {
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    const context = routeContext(db, env, { payments, session: testSession(sessionId) });
    const response = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "form@example.com", newsletter: "on" }), context, params: {} })) as Response;
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/checkout\/local-payment\/cs_test_local_/);
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.providerSessionId, location.split("/").pop()!));
    expect(checkout).toMatchObject({ email: "form@example.com", newsletterOptIn: true });
  });

  it("shows the problem, keeps what was typed, and answers 400 for an empty cart or a bad address", async () => {
    const context = routeContext(db, env, { payments });
    const empty = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "x@example.com" }), context, params: {} })) as Response;
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ ok: false, formError: EMPTY_CART_MESSAGE, fieldErrors: {}, values: { email: "x@example.com" } });
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    const withCart = routeContext(db, env, { payments, session: testSession(sessionId) });
    const bad = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "nope" }), context: withCart, params: {} })) as Response;
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toEqual({ email: "Please enter a valid e-mail address, like name@example.com." });
  });

  it("says so when the shopper comes back from a cancelled payment", async () => {
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    const response = (await checkoutLoader({ request: new Request("http://shop.test/checkout?cancelled=1"), context: routeContext(db, env, { session: testSession(sessionId) }), params: {} })) as Response;
    const data = await response.json();
    expect(data.notice).toMatch(/cancelled/);
    expect(data.cart.lines).toHaveLength(1);
  });
});
