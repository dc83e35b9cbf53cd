// Buying a gift card: a checkout of kind gift_card through the same payments interface as prints.
// The webhook issues the card when the payment completes, exactly once per payment (finding 38):
// the checkout row is locked and marked paid, and the card's checkout and payment intent are unique.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { checkouts, type CheckoutLine } from "../../db/schema/index";
import { badInput } from "../errors";
import type { GiftCardSecretEnv } from "../giftcards/codes";
import { issueGiftCard } from "../giftcards/issue";
import { giftCardPurchaseSchema, type GiftCardPurchaseInput } from "../giftcards/purchase-input";
import type { ReturnPaths } from "../../app/shared/checkout-paths";
import type { Payments, PaymentSession } from "../integrations/payments/index";
import type { Logger } from "../log";
import { CHECKOUT_LIFETIME_MS, CURRENCY } from "./create-checkout";
import type { Checkout } from "./fulfil-checkout";
import { openProviderSession } from "./provider-session";

export const GIFT_CARD_LINE_TITLE = "Printroom gift card";

export async function createGiftCardCheckout(
  deps: { db: Db; payments: Payments },
  input: { sessionId: string; purchase: GiftCardPurchaseInput; returnPaths: ReturnPaths },
): Promise<{ checkoutId: string; paymentUrl: string }> {
  const parsed = giftCardPurchaseSchema.safeParse(input.purchase);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const purchase = parsed.data;
  const line: CheckoutLine = {
    variantId: null,
    productId: null,
    title: GIFT_CARD_LINE_TITLE,
    description: `For ${purchase.recipientName}`,
    unitPriceCents: purchase.amountCents,
    quantity: 1,
    lineTotalCents: purchase.amountCents,
  };
  const [checkout] = await deps.db
    .insert(checkouts)
    .values({
      kind: "gift_card",
      giftCardPurchase: purchase,
      sessionId: input.sessionId,
      email: purchase.buyerEmail,
      newsletterOptIn: purchase.subscribe,
      lines: [line],
      subtotalCents: purchase.amountCents,
      totalCents: purchase.amountCents,
      currency: CURRENCY,
      expiresAt: new Date(Date.now() + CHECKOUT_LIFETIME_MS),
    })
    .returning();
  // A gift card arrives by e-mail: no shipping address to ask for.
  return { checkoutId: checkout!.id, paymentUrl: await openProviderSession(deps, checkout!, { collectShipping: false, returnPaths: input.returnPaths }) };
}

/** Runs in the webhook's transaction with the checkout row locked, once its payment is confirmed. */
export async function fulfilGiftCardPurchase(tx: Tx, deps: { log: Logger; env: GiftCardSecretEnv }, checkout: Checkout, session: PaymentSession): Promise<void> {
  if (!checkout.giftCardPurchase) throw new Error(`gift card checkout ${checkout.id} has no purchase`);
  const issued = await issueGiftCard(tx, deps.env, {
    ...checkout.giftCardPurchase,
    stripeCheckoutId: session.id,
    stripePaymentIntent: session.paymentIntentId,
    currency: checkout.currency,
  });
  await tx.update(checkouts).set({ status: "paid", updatedAt: sql`now()` }).where(eq(checkouts.id, checkout.id));
  deps.log.info({ checkoutId: checkout.id, giftCardId: issued.giftCard.id, created: issued.created, amountCents: issued.giftCard.initialAmountCents }, "gift card issued");
}
