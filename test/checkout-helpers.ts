// Checkout test helpers: a priced cart, a pending checkout made by the real service, and delivery of
// Stripe-signed events to the real webhook route's action (raw body, Stripe-Signature header).
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { action as webhookAction } from "../app/routes/webhooks.stripe";
import type { Db } from "../db/client";
import { carts, checkouts, shippingClasses, shippingZones, type ShippingClass } from "../db/schema/index";
import { seedShipping } from "../db/seed/seed-shipping";
import { addToCart } from "../server/cart/cart";
import { createCheckout, type CheckoutDeps, type CreateCheckoutInput } from "../server/checkout/create-checkout";
import { codeLast4, hashGiftCardCode, normalizeGiftCardCode } from "../server/giftcards/codes";
import type { Env } from "../server/env";
import type { Payments } from "../server/integrations/payments/index";
import { checkoutSessionEvent, type StripeShapedSession } from "../server/integrations/payments/stripe-shaped-events";
import { createLogger, type Logger } from "../server/log";
import { createRateLimits } from "../server/rate-limits/rate-limits";
import { createPhoto, createProduct } from "./factories";
import { orderReturnPaths } from "../app/shared/checkout-paths";

export type CartItemSpec = { priceCents: number; quantity?: number; kind?: "print" | "product"; title?: string };

/** A shopper session whose cart holds one line per spec, priced in the database, with somewhere to ship it. */
export async function cartWith(db: Db, items: CartItemSpec[]): Promise<string> {
  await ensureShippingZone(db);
  const sessionId = randomUUID();
  for (const item of items) {
    if (item.kind === "product") {
      const product = await createProduct(db, { priceCents: item.priceCents, stock: 50, ...(item.title ? { title: item.title } : {}) });
      await addToCart(db, sessionId, { productId: product.id, quantity: item.quantity ?? 1 });
    } else {
      const photo = await createPhoto(db, item.title ? { title: item.title } : {}, [{ material: "paper", widthIn: 12, heightIn: 8, priceCents: item.priceCents }]);
      await addToCart(db, sessionId, { variantId: photo.variants[0]!.id, quantity: item.quantity ?? 1 });
    }
  }
  return sessionId;
}

export type StartedCheckout = typeof checkouts.$inferSelect & { shopperSessionId: string; url: string | null };

/** Enough configuration for checkout: a test's own env when it applies gift cards, else this. */
const checkoutEnv: CheckoutDeps["env"] = {
  GIFT_CARD_CODE_SECRET: "checkout-helpers-gift-card-secret".padEnd(40, "x"),
  PUBLIC_URL: "http://localhost:3000",
  STRIPE_SHIPPING_COUNTRIES: ["US", "GB"],
  SHIPPING_DEFAULT_COUNTRY: "US",
};

/**
 * Checkout needs a zone for the destination. Tests that are not about shipping get one that ships
 * free, so their totals are the items less the gift card; tests about shipping seed the real rates
 * (db/seed/seed-shipping.ts) first, and then this adds nothing.
 */
export async function ensureShippingZone(db: Db): Promise<void> {
  if ((await db.$count(shippingZones)) > 0) return;
  const free = (shippingClass: ShippingClass): [ShippingClass, number, number] => [shippingClass, 0, 0];
  await seedShipping(db, [{ code: "test-free", name: "Test zone", countries: ["US", "GB"], freeShippingOverCents: null, rates: shippingClasses.map(free) }]);
}

/** Each set of deps is a client of its own (an address nobody else uses), counted in the database's limits. */
export function checkoutDeps(db: Db, payments: Payments, env: CheckoutDeps["env"] = checkoutEnv, log: Logger = createLogger("silent")): CheckoutDeps {
  return { db, payments, env, log, rateLimits: createRateLimits(db), clientIp: `test-client-${randomUUID()}` };
}

export async function startCheckout(
  db: Db,
  payments: Payments,
  options: {
    items?: CartItemSpec[];
    email?: string;
    newsletterOptIn?: boolean;
    env?: CheckoutDeps["env"];
    /** applied to the cart before checkout, as /cart would (hashed with the env's secret) */
    giftCardCode?: string;
    shippingAddress?: CreateCheckoutInput["shippingAddress"];
    shippingCountry?: string;
  } = {},
): Promise<StartedCheckout> {
  const shopperSessionId = await cartWith(db, options.items ?? [{ priceCents: 4500, quantity: 2 }]);
  const deps = checkoutDeps(db, payments, options.env);
  if (options.giftCardCode) await applyGiftCardDirectly(db, deps.env.GIFT_CARD_CODE_SECRET, shopperSessionId, options.giftCardCode);
  const { checkoutId, paymentUrl: url } = await createCheckout(deps, {
    sessionId: shopperSessionId,
    email: options.email ?? "shopper@example.com",
    newsletterOptIn: options.newsletterOptIn ?? false,
    shippingAddress: options.shippingAddress,
    shippingCountry: options.shippingCountry,
    returnPaths: orderReturnPaths,
  });
  const [row] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
  return { ...row!, shopperSessionId, url };
}

/** What applying a code in the cart stores, without the rate limit (tests of that path use the service). */
export async function applyGiftCardDirectly(db: Db, secret: string, shopperSessionId: string, code: string): Promise<void> {
  await db
    .update(carts)
    .set({ giftCardCodeHash: hashGiftCardCode(secret, code), giftCardLast4: codeLast4(normalizeGiftCardCode(code)!) })
    .where(eq(carts.sessionId, shopperSessionId));
}

export const testShippingAddress = { name: "Grace Hopper", line1: "1 Harbour Road", city: "Montauk", postalCode: "11954", country: "US" };

/** The session Stripe would report for this checkout once the shopper paid. */
export function paidSession(checkout: StartedCheckout, overrides: Partial<StripeShapedSession> = {}): StripeShapedSession {
  return {
    id: checkout.providerSessionId!,
    checkoutId: checkout.id,
    amountSubtotalCents: checkout.subtotalCents,
    amountTotalCents: checkout.totalCents,
    amountShippingCents: checkout.shippingCents,
    currency: checkout.currency,
    email: checkout.email,
    paymentStatus: "paid",
    status: "complete",
    expiresAt: checkout.expiresAt!,
    shipping: { name: "Ada Lovelace", line1: "12 Harbour Road", city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    paymentIntentId: `pi_test_${checkout.id.slice(0, 8)}`,
    ...overrides,
  };
}

export { checkoutSessionEvent };

export type Delivery = { status: number; body: { received: boolean; outcome?: string; error?: string } };

export function webhookDeliverer(deps: { db: Db; env: Env; payments: Payments; log: Logger }, secret: string) {
  const context = { db: deps.db, env: deps.env, payments: deps.payments, log: deps.log } as unknown as AppLoadContext;

  async function post(payload: string, signature: string | null): Promise<Delivery> {
    const headers = new Headers({ "content-type": "application/json" });
    if (signature !== null) headers.set("stripe-signature", signature);
    const request = new Request("http://localhost/webhooks/stripe", { method: "POST", headers, body: payload });
    const response = (await webhookAction({ request, context, params: {} })) as Response;
    return { status: response.status, body: await response.json() };
  }

  return {
    post,
    /** signs with the SDK's own test-header helper, exactly as Stripe signs */
    deliver(event: object, options: { secret?: string; timestamp?: number } = {}): Promise<Delivery> {
      const payload = JSON.stringify(event, null, 2);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: options.timestamp });
      return post(payload, signature);
    },
  };
}
