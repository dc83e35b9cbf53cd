// Local test mode's stand-in for Stripe's hosted page. Paying or letting the session expire sends a
// Stripe-shaped event, signed as Stripe signs, over HTTP to our real webhook route: the same path a
// real payment takes. Cancel sends nothing, as on Stripe. Never available in production.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { checkouts, giftCardHolds, giftCards, type CheckoutLine } from "../../db/schema/index";
import type { Env } from "../env";
import { badInput, conflict, notFound, storeUnavailable } from "../errors";
import { isLocalPayments, type LocalPayments, type Payments } from "../integrations/payments/index";
import { LOCAL_SESSION_PREFIX } from "../integrations/payments/local-payments";
import { checkoutSessionEvent } from "../integrations/payments/stripe-shaped-events";
import { shippingAddressFields } from "./shipping-address";
import { amountLines, type AmountLine } from "../orders/amounts";

export type LocalTestCheckout = {
  sessionId: string;
  status: (typeof checkouts.$inferSelect)["status"];
  isExpired: boolean;
  email: string;
  lines: CheckoutLine[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  currency: string;
  /** as on Stripe's page: the one country the shipping option was priced for */
  shippingCountries: string[];
  kind: (typeof checkouts.$inferSelect)["kind"];
  /** the last four characters of the gift card paying part of it, to label the discount */
  giftCardLast4: string | null;
  /** items, shipping, taxes (included: local mode adds none), the gift card, to pay */
  amounts: AmountLine[];
  /** what a gift card checkout buys */
  giftCardPurchase: { recipientName: string; recipientEmail: string; senderName: string; deliverOn: string | null } | null;
};

type Deps = { db: Db; payments: Payments; env: Pick<Env, "isProduction" | "STRIPE_SHIPPING_COUNTRIES" | "PUBLIC_URL"> };

const cancel = z.object({ intent: z.literal("cancel") });
const expire = z.object({ intent: z.literal("expire") });
const unknownIntent = { error: "Choose to pay, cancel or let the checkout expire." };
const payForGiftCard = z.discriminatedUnion("intent", [z.object({ intent: z.literal("pay") }), cancel, expire], unknownIntent);
const payForPrints = z.discriminatedUnion("intent", [z.object({ intent: z.literal("pay"), ...shippingAddressFields }), cancel, expire], unknownIntent);

/** The page asks for an address only for prints: a gift card goes by e-mail, and Stripe asks it none either. */
export const localTestActionSchemaFor = (form: FormData) => (form.get("intent") === "pay" && form.has("line1") ? payForPrints : payForGiftCard);
export type LocalTestAction = z.output<typeof payForPrints> | z.output<typeof payForGiftCard>;
/** What became of the checkout; the route decides where the shopper goes next. */
export type LocalTestOutcome = { outcome: "paid" | "cancelled" | "expired"; sessionId: string; kind: "order" | "gift_card" };

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
  const last4 = checkout.discountCents > 0 ? (checkout.giftCardLast4 ?? (await giftCardLast4(deps.db, checkout.id))) : null;
  return {
    sessionId,
    status: checkout.status,
    isExpired: checkout.expiresAt !== null && checkout.expiresAt.getTime() <= Date.now(),
    email: checkout.email,
    lines: checkout.lines,
    subtotalCents: checkout.subtotalCents,
    discountCents: checkout.discountCents,
    shippingCents: checkout.shippingCents,
    totalCents: checkout.totalCents,
    currency: checkout.currency,
    shippingCountries: shippableCountries(checkout, deps.env.STRIPE_SHIPPING_COUNTRIES),
    kind: checkout.kind,
    giftCardLast4: last4,
    // A gift card bought goes by e-mail: no shipping line.
    amounts: amountLines({ ...checkout, taxCents: null, giftCardLast4: last4 }, { totalLabel: "To pay" }).filter((a) => checkout.kind === "order" || a.kind !== "shipping"),
    giftCardPurchase: purchase
      ? { recipientName: purchase.recipientName, recipientEmail: purchase.recipientEmail, senderName: purchase.senderName, deliverOn: purchase.deliverOn ?? null }
      : null,
  };
}

type PayAction = Extract<LocalTestAction, { intent: "pay" }>;

/** Stripe collects the address in the shipping option's country only; checkouts from before shipping had none. */
const shippableCountries = (checkout: typeof checkouts.$inferSelect, countries: string[]) => (checkout.shippingCountry ? [checkout.shippingCountry] : countries);

function shippingOf(action: PayAction, checkout: typeof checkouts.$inferSelect, countries: string[]) {
  if (checkout.kind === "gift_card") return undefined;
  if (!("line1" in action)) throw badInput("Please enter the shipping address.");
  const { name, line1, line2, city, state, postalCode, country } = action;
  if (!countries.includes(country)) throw conflict(countries.length === 1 ? `The shipping was priced for ${countries[0]}: start again from your cart to send it to ${country}.` : `We do not ship to ${country}.`, "country");
  return { name, line1, line2, city, state, postalCode, country };
}

/**
 * The event goes to the shop's configured public URL, never to one taken from the request's Host:
 * a forged Host would otherwise receive a validly signed completion while the real webhook never ran.
 */
export async function finishLocalTestCheckout(deps: Deps, input: { sessionId: string; action: LocalTestAction }): Promise<LocalTestOutcome> {
  const { payments, checkout } = await load(deps, input.sessionId);
  const { action } = input;
  const outcome = (what: LocalTestOutcome["outcome"]): LocalTestOutcome => ({ outcome: what, sessionId: input.sessionId, kind: checkout.kind });
  if (action.intent === "cancel") return outcome("cancelled");
  if (checkout.status !== "open") throw conflict(`This test checkout is already ${checkout.status.replace("_", " ")}.`);
  if (action.intent === "pay" && checkout.expiresAt && checkout.expiresAt.getTime() <= Date.now()) {
    throw conflict("This test checkout has expired. Please start again from your cart.");
  }
  const shipping = action.intent === "pay" ? shippingOf(action, checkout, shippableCountries(checkout, deps.env.STRIPE_SHIPPING_COUNTRIES)) : undefined;

  const session = {
    id: input.sessionId,
    checkoutId: checkout.id,
    amountSubtotalCents: checkout.subtotalCents,
    amountTotalCents: checkout.totalCents,
    amountShippingCents: checkout.shippingCents,
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
  const response = await fetch(`${deps.env.PUBLIC_URL}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": payments.sign(payload) },
    body: payload,
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status === 503) throw storeUnavailable("the webhook route was briefly unavailable for a local test event");
  if (!response.ok) throw new Error(`the webhook route answered ${response.status} to a local test ${event.type} event`);
  return outcome(action.intent === "pay" ? "paid" : "expired");
}
