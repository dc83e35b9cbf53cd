// Checkout Session events, applied to our pending checkout with its row locked, so two events for
// one session (a retry, a late async success) are applied one after the other, never side by side.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { checkouts } from "../../db/schema/index";
import { selectStatement } from "../../db/statement";
import { fulfilCheckout, type Checkout } from "../checkout/fulfil-checkout";
import { fulfilGiftCardPurchase } from "../checkout/gift-card-purchase";
import { releaseHold } from "../giftcards/holds";
import { planRedemption } from "../giftcards/redemption";
import type { PaymentEvent } from "../integrations/payments/index";
import { recordAnomaly } from "./anomalies";
import type { ApplyOutcome, PaymentEventDeps } from "./payment-event";
import { isUuid } from "../../app/shared/ids";

type CheckoutSessionEvent = Extract<PaymentEvent, { kind: "checkout_session" }>;


const selectCheckoutForUpdate = selectStatement("lock_checkout", (db) =>
  db.select().from(checkouts).where(eq(checkouts.id, sql.placeholder("id"))).for("update"),
);

export async function lockCheckout(tx: Tx, checkoutId: string | null): Promise<Checkout | undefined> {
  if (!isUuid(checkoutId)) return undefined;
  const [checkout] = await selectCheckoutForUpdate(tx, { id: checkoutId });
  return checkout;
}

async function setStatus(tx: Tx, checkout: Checkout, status: Checkout["status"]): Promise<void> {
  await tx.update(checkouts).set({ status, updatedAt: sql`now()` }).where(eq(checkouts.id, checkout.id));
}

async function fulfil(tx: Tx, deps: PaymentEventDeps, event: CheckoutSessionEvent, checkout: Checkout): Promise<ApplyOutcome> {
  if (checkout.status === "paid") return "ignored";
  const { session } = event;
  const paidCurrency = session.currency?.toLowerCase() ?? null;
  // Our checkout's total is items + shipping − gift card; tax is Stripe Tax's to add, and only when asked.
  const taxCents = session.automaticTax ? session.amountTaxCents : 0;
  const expectedCents = checkout.totalCents + taxCents;
  if (session.amountTotalCents !== expectedCents || session.amountShippingCents !== checkout.shippingCents || paidCurrency !== checkout.currency) {
    return recordAnomaly(tx, deps.log, event, {
      kind: "amount_mismatch",
      checkoutId: checkout.id,
      details: {
        expectedCents,
        paidCents: session.amountTotalCents,
        expectedShippingCents: checkout.shippingCents,
        paidShippingCents: session.amountShippingCents,
        taxCents: session.amountTaxCents,
        expectedCurrency: checkout.currency,
        paidCurrency,
      },
    });
  }
  if (checkout.kind === "gift_card") {
    await fulfilGiftCardPurchase(tx, deps, checkout, session);
    return "applied";
  }
  const giftCard = await planRedemption(tx, checkout.id, checkout.discountCents);
  // Paid after its hold was let go, and the card has since been spent: the shopper paid the rest in
  // good faith, so a person decides between refunding and shipping (decision 011).
  if (giftCard.kind === "unavailable") return recordAnomaly(tx, deps.log, event, { kind: "gift_card_unavailable", checkoutId: checkout.id, details: giftCard.details });
  if (giftCard.kind === "hold_again") deps.log.warn({ checkoutId: checkout.id, amountCents: giftCard.amountCents }, "a payment arrived after its gift card hold was released; the card paid its part again");
  const payment = {
    stripeCheckoutId: session.id,
    stripePaymentIntent: session.paymentIntentId,
    customerName: session.customerName ?? session.shippingAddress?.name ?? "",
    shippingAddress: session.shippingAddress,
    taxCents: session.automaticTax ? session.amountTaxCents : null,
  };
  await fulfilCheckout(tx, deps, checkout, payment, giftCard);
  return "applied";
}

/** Expiry and failure release only a checkout still waiting, and its gift card hold: after payment they change nothing. */
async function release(tx: Tx, checkout: Checkout, status: "expired" | "payment_failed"): Promise<ApplyOutcome> {
  if (checkout.status !== "open" && checkout.status !== "awaiting_payment") return "ignored";
  await setStatus(tx, checkout, status);
  await releaseHold(tx, checkout.id);
  return "applied";
}

/** `checkout` is the event's checkout, locked by `lockCheckout` earlier in this transaction. */
export async function applyCheckoutSessionEvent(tx: Tx, deps: PaymentEventDeps, event: CheckoutSessionEvent, checkout: Checkout | undefined): Promise<ApplyOutcome> {
  const { session } = event;
  if (!checkout || (checkout.providerSessionId !== null && checkout.providerSessionId !== session.id)) {
    return recordAnomaly(tx, deps.log, event, {
      kind: "unknown_checkout",
      checkoutId: checkout?.id ?? null,
      details: { clientReferenceId: session.checkoutId, ourSessionId: checkout?.providerSessionId ?? null },
    });
  }
  // The session id is stored after Stripe answers; if that write was lost, the event supplies it.
  if (checkout.providerSessionId === null) {
    await tx.update(checkouts).set({ providerSessionId: session.id }).where(eq(checkouts.id, checkout.id));
  }
  switch (event.type) {
    case "checkout.session.completed":
      // Delayed payment methods complete unpaid; the order waits for async_payment_succeeded.
      if (session.paymentStatus === "unpaid") {
        if (checkout.status !== "open") return "ignored";
        await setStatus(tx, checkout, "awaiting_payment");
        return "applied";
      }
      return fulfil(tx, deps, event, checkout);
    case "checkout.session.async_payment_succeeded":
      return fulfil(tx, deps, event, checkout);
    case "checkout.session.async_payment_failed":
      return release(tx, checkout, "payment_failed");
    case "checkout.session.expired":
      return release(tx, checkout, "expired");
  }
}
