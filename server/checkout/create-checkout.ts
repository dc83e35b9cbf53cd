// Starts a checkout from the shopper's cart: the lines and the shipping to the chosen country are
// priced from the database and kept as a pending checkout, with the applied gift card's hold in the same transaction; then the payment
// provider opens a session for exactly that snapshot, or, when the card pays it all, the order is
// placed at once.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { carts, checkouts, type CheckoutLine } from "../../db/schema/index";
import { getCart } from "../cart/cart";
import type { Env } from "../env";
import { badInput, conflict } from "../errors";
import { holdGiftCardForCheckout } from "../giftcards/holds";
import { MINIMUM_CHARGE_CENTS, type Payments } from "../integrations/payments/index";
import type { Logger } from "../log";
import type { RateLimits } from "../rate-limits/rate-limits";
import type { ReturnPaths } from "../../app/shared/checkout-paths";
import { emailField } from "../forms/fields";
import { endEarlierCheckoutsHoldingGiftCards } from "./earlier-checkouts";
import { placeOrderPaidByGiftCard } from "./paid-by-gift-card";
import { openProviderSession } from "./provider-session";
import { shippingAddressSchema } from "./shipping-address";
import { cartMoneyBasis, notShippedTo } from "../cart/totals";
import { priceParcel } from "../../app/shared/shipping-price";
import { giftCardLabel } from "../orders/amounts";

/** Stripe's shortest session, plus a minute so clock skew can never make the request invalid. */
export const CHECKOUT_LIFETIME_MS = 31 * 60_000;
export const CURRENCY = "usd";

export const createCheckoutSchema = z.object({
  email: emailField,
  newsletterOptIn: z.boolean({ error: "newsletterOptIn must be true or false." }).default(false),
  /** asked for only when a gift card pays the whole order; otherwise the payment page asks */
  shippingAddress: shippingAddressSchema.optional(),
  /** where the parcel goes, which its shipping rate depends on; default: the cart's choice, else the shop's default */
  shippingCountry: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose the country we ship to from the list.").optional(),
});
export type CreateCheckoutInput = z.input<typeof createCheckoutSchema>;

export type CheckoutDeps = {
  db: Db;
  payments: Payments;
  env: Pick<Env, "GIFT_CARD_CODE_SECRET" | "PUBLIC_URL" | "STRIPE_SHIPPING_COUNTRIES" | "SHIPPING_DEFAULT_COUNTRY">;
  log: Logger;
  rateLimits: RateLimits;
  clientIp: string;
};

/**
 * Each attempt writes a checkout row and opens a payment session: a shopper needs a handful, a
 * script would fill the table. Counted per session and, for scripts that drop their cookie, per address.
 */
export const CHECKOUT_LIMITS = {
  perSession: { keyPrefix: "checkout-session", points: 10, durationSeconds: 10 * 60, message: "You have started several checkouts in a few minutes. Please wait a little and try again." },
  perAddress: { keyPrefix: "checkout-address", points: 60, durationSeconds: 10 * 60, message: "Too many checkouts from your connection. Please wait a few minutes and try again." },
};

export const EMPTY_CART_MESSAGE = "Your cart is empty. Add a print before checking out.";
export const nothingLeftOnCard = (last4: string) =>
  `Your gift card ending in ${last4} has nothing left to spend right now. Remove it from your cart to pay the full amount.`;

/** `paymentUrl` is the provider's payment page; null when a gift card paid everything and the order is placed. */
export type StartedCheckout = { checkoutId: string; paymentUrl: string | null };

function parseInput(input: CreateCheckoutInput, env: CheckoutDeps["env"]) {
  const parsed = createCheckoutSchema.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const country = parsed.data.shippingAddress?.country ?? parsed.data.shippingCountry;
  if (country && !env.STRIPE_SHIPPING_COUNTRIES.includes(country)) throw badInput(notShippedTo(country), "country");
  return { ...parsed.data, country };
}

export async function createCheckout(deps: CheckoutDeps, input: CreateCheckoutInput & { sessionId: string | undefined; returnPaths: ReturnPaths }): Promise<StartedCheckout> {
  const { db, env } = deps;
  const { email, newsletterOptIn, shippingAddress, country } = parseInput(input, env);
  const cart = await getCart(db, input.sessionId);
  if (!input.sessionId || cart.lines.length === 0) throw badInput(EMPTY_CART_MESSAGE);
  await deps.rateLimits.limiter(CHECKOUT_LIMITS.perAddress).consume(deps.clientIp);
  await deps.rateLimits.limiter(CHECKOUT_LIMITS.perSession).consume(input.sessionId);

  const [cartRow] = await db
    .select({ id: carts.id, codeHash: carts.giftCardCodeHash, last4: carts.giftCardLast4 })
    .from(carts)
    .where(eq(carts.sessionId, input.sessionId));
  const basis = await cartMoneyBasis(db, input.sessionId, { env, taxesAdded: deps.payments.automaticTax }, country);
  if (!basis.zone) throw badInput(notShippedTo(basis.country), "country");
  const shippingCents = priceParcel(basis.zone, cart.lines, cart.subtotalCents);
  // A cart of free things alone has nothing for a card to pay.
  const giftCard = cartRow?.codeHash && cartRow.last4 && cart.subtotalCents > 0 ? { codeHash: cartRow.codeHash, last4: cartRow.last4 } : null;
  if (giftCard) await endEarlierCheckoutsHoldingGiftCards(deps, input.sessionId);

  const lines: CheckoutLine[] = cart.lines.map((l) => ({
    variantId: l.variantId,
    productId: l.productId,
    title: l.title,
    description: l.description,
    unitPriceCents: l.unitPriceCents,
    quantity: l.quantity,
    lineTotalCents: l.lineTotalCents,
  }));
  const orderTotalCents = cart.subtotalCents + shippingCents;
  const values = {
    sessionId: input.sessionId,
    cartId: cartRow?.id ?? null,
    email,
    newsletterOptIn,
    lines,
    subtotalCents: cart.subtotalCents,
    shippingCents,
    shippingCountry: basis.country,
    giftCardLast4: giftCard?.last4 ?? null,
    totalCents: orderTotalCents,
    currency: CURRENCY,
  };

  const started = await db.transaction(async (tx) => {
    const [checkout] = await tx
      .insert(checkouts)
      .values({ ...values, expiresAt: new Date(Date.now() + CHECKOUT_LIFETIME_MS) })
      .returning();
    if (!giftCard) return { checkout: checkout!, placed: false };
    const hold = await holdGiftCardForCheckout(tx, env, {
      codeHash: giftCard.codeHash,
      checkoutRef: checkout!.id,
      orderTotalCents,
      minimumChargeCents: MINIMUM_CHARGE_CENTS,
      // The same rule the cart and checkout pages show (app/shared/cart-money.ts).
      partCapCents: cart.subtotalCents,
      mayPayAll: !deps.payments.automaticTax,
    });
    // Throwing rolls the checkout back too: the shopper expected the card to pay part, so nothing
    // is charged in full behind their back.
    if (hold.heldCents === 0) throw conflict(nothingLeftOnCard(giftCard.last4));
    const [held] = await tx
      .update(checkouts)
      .set({ discountCents: hold.heldCents, totalCents: sql`${checkouts.subtotalCents} + ${checkouts.shippingCents} - ${hold.heldCents}` })
      .where(eq(checkouts.id, checkout!.id))
      .returning();
    if (held!.totalCents > 0) return { checkout: held!, placed: false };
    await placeOrderPaidByGiftCard(tx, { log: deps.log, publicUrl: env.PUBLIC_URL }, held!, shippingAddress);
    return { checkout: held!, placed: true };
  });

  const { checkout } = started;
  if (started.placed) return { checkoutId: checkout.id, paymentUrl: null };
  const discount = giftCard && checkout.discountCents > 0 ? { amountOffCents: checkout.discountCents, label: giftCardLabel(giftCard.last4) } : undefined;
  const shipping = { amountCents: shippingCents, label: shippingCents === 0 ? "Free shipping" : `Shipping to ${basis.zone.name}`, country: basis.country };
  return { checkoutId: checkout.id, paymentUrl: await openProviderSession(deps, checkout, { discount, shipping, returnPaths: input.returnPaths }) };
}
