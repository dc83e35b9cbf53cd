// Local test mode's stand-in for Stripe's hosted page. Paying or letting the session expire sends a
// Stripe-shaped event, signed as Stripe signs, over HTTP to our real webhook route: the same path a
// real payment takes. Cancel sends nothing, as on Stripe. Never available in production.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { checkouts, giftCardHolds, giftCards, type CheckoutLine } from "../../db/schema/index";
import type { Env } from "../env";
import { badInput, conflict, notFound } from "../errors";
import { isLocalPayments, type LocalPayments, type Payments } from "../integrations/payments/index";
import { LOCAL_SESSION_PREFIX } from "../integrations/payments/local-payments";
import { checkoutSessionEvent } from "../integrations/payments/stripe-shaped-events";

export type LocalTestCheckout = {
  sessionId: string;
  status: (typeof checkouts.$inferSelect)["status"];
  isExpired: boolean;
  email: string;
  lines: CheckoutLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  currency: string;
  shippingCountries: string[];
  kind: (typeof checkouts.$inferSelect)["kind"];
  /** the last four characters of the gift card paying part of it, to label the discount */
  giftCardLast4: string | null;
  /** what a gift card checkout buys */
  giftCardPurchase: { recipientName: string; recipientEmail: string; senderName: string; deliverOn: string | null } | null;
};

type Deps = { db: Db; payments: Payments; env: Pick<Env, "isProduction" | "STRIPE_SHIPPING_COUNTRIES"> };

const text = (what: string, max = 100) =>
  z.string().trim().min(1, { error: `Please enter the ${what}.` }).max(max, { error: `The ${what} is too long.` });

/** Optional here because a gift card checkout has none; an order without one is refused later. */
const address = z.object({ name: text("name"), line1: text("street address"), city: text("city"), postalCode: text("postal code", 20), country: z.string().length(2) }).partial();

export const localTestActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("pay"), ...address.shape }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("expire") }),
]);
export type LocalTestAction = z.infer<typeof localTestActionSchema>;

async function load(deps: Deps, sessionId: string): Promise<{ payments: LocalPayments; checkout: typeof checkouts.$inferSelect }> {
  const { payments } = deps;
  if (deps.env.isProduction || !isLocalPayments(payments) || !sessionId.startsWith(LOCAL_SESSION_PREFIX)) throw notFound();
  const [checkout] = await deps.db.select().from(checkouts).where(eq(checkouts.providerSessionId, sessionId));
  if (!checkout) throw notFound("There is no test checkout with that id.");
  return { payments, checkout };
}

async function giftCardLast4(db: Db, checkoutId: string): Promise<string | null> {
  const [card] = await db
    .select({ last4: giftCards.codeLast4 })
    .from(giftCardHolds)
    .innerJoin(giftCards, eq(giftCards.id, giftCardHolds.giftCardId))
    .where(eq(giftCardHolds.checkoutRef, checkoutId));
  return card?.last4 ?? null;
}

export async function getLocalTestCheckout(deps: Deps, sessionId: string): Promise<LocalTestCheckout> {
  const { checkout } = await load(deps, sessionId);
  const purchase = checkout.giftCardPurchase;
  return {
    sessionId,
    status: checkout.status,
    isExpired: checkout.expiresAt !== null && checkout.expiresAt.getTime() <= Date.now(),
    email: checkout.email,
    lines: checkout.lines,
    subtotalCents: checkout.subtotalCents,
    discountCents: checkout.discountCents,
    totalCents: checkout.totalCents,
    currency: checkout.currency,
    shippingCountries: deps.env.STRIPE_SHIPPING_COUNTRIES,
    kind: checkout.kind,
    giftCardLast4: checkout.discountCents > 0 ? await giftCardLast4(deps.db, checkout.id) : null,
    giftCardPurchase: purchase
      ? { recipientName: purchase.recipientName, recipientEmail: purchase.recipientEmail, senderName: purchase.senderName, deliverOn: purchase.deliverOn ?? null }
      : null,
  };
}

type PayAction = Extract<LocalTestAction, { intent: "pay" }>;

/** Prints need somewhere to go; a gift card goes by e-mail, so Stripe asks it no address either. */
function shippingOf(action: PayAction, checkout: typeof checkouts.$inferSelect, countries: string[]) {
  if (checkout.kind === "gift_card") return undefined;
  const { name, line1, city, postalCode, country } = action;
  if (!name || !line1 || !city || !postalCode || !country) throw badInput("Please enter the shipping address.");
  if (!countries.includes(country)) throw conflict(`We do not ship to ${country}.`);
  return { name, line1, city, postalCode, country, state: null, line2: null };
}

/** Returns where to send the shopper next. `origin` is this server's own, where the webhook route is. */
export async function finishLocalTestCheckout(deps: Deps, input: { sessionId: string; origin: string; action: LocalTestAction }): Promise<string> {
  const { payments, checkout } = await load(deps, input.sessionId);
  const { action } = input;
  const startedFrom = checkout.kind === "gift_card" ? "/gift-cards" : "/checkout";
  if (action.intent === "cancel") return `${startedFrom}?cancelled=1`;
  if (checkout.status !== "open") throw conflict(`This test checkout is already ${checkout.status.replace("_", " ")}.`);
  if (action.intent === "pay" && checkout.expiresAt && checkout.expiresAt.getTime() <= Date.now()) {
    throw conflict("This test checkout has expired. Please start again from your cart.");
  }
  const shipping = action.intent === "pay" ? shippingOf(action, checkout, deps.env.STRIPE_SHIPPING_COUNTRIES) : undefined;

  const session = {
    id: input.sessionId,
    checkoutId: checkout.id,
    amountSubtotalCents: checkout.subtotalCents,
    amountTotalCents: checkout.totalCents,
    currency: checkout.currency,
    email: checkout.email,
    expiresAt: checkout.expiresAt ?? new Date(),
  };
  const event =
    action.intent === "pay"
      ? checkoutSessionEvent("checkout.session.completed", { ...session, paymentStatus: "paid", status: "complete", shipping })
      : checkoutSessionEvent("checkout.session.expired", { ...session, paymentStatus: "unpaid", status: "expired" });
  // Stripe sends pretty-printed JSON; the signature covers these exact bytes.
  const payload = JSON.stringify(event, null, 2);
  const response = await fetch(`${input.origin}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": payments.sign(payload) },
    body: payload,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the webhook route answered ${response.status} to a local test ${event.type} event`);
  return action.intent === "pay" ? `/checkout/success?session_id=${encodeURIComponent(input.sessionId)}` : `${startedFrom}?expired=1`;
}
