// What /checkout/success shows: the order (or the gift card bought) once the webhook has made it,
// "processing" until then. Only the shopper who started the checkout sees it; anyone else gets
// "not found".
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { checkouts, orders } from "../../db/schema/index";
import { loadOrderView, type OrderView } from "../orders/order-view";
import { isUuid } from "../../app/shared/ids";

export type GiftCardBought = { amountCents: number; currency: string; recipientName: string; recipientEmail: string; deliverOn: string | null };

export type CheckoutOutcome =
  | { state: "placed"; order: OrderView; email: string }
  | { state: "gift_card_issued"; giftCard: GiftCardBought; email: string }
  /** the shopper has paid (or is paying) and the provider's event has not landed yet */
  | { state: "processing" }
  /** a delayed payment method (a bank debit) is still clearing */
  | { state: "awaiting_payment"; email: string }
  | { state: "expired" }
  | { state: "payment_failed" }
  | { state: "not_found" };


/**
 * The provider's session id is in the URL the payment page returns to; an order a gift card paid
 * in full never had a session, so its page names our checkout id instead.
 */
export async function getCheckoutOutcome(
  db: DbOrTx,
  input: { providerSessionId: string | null; checkoutId?: string | null; shopperSessionId: string | undefined },
): Promise<CheckoutOutcome> {
  if (!input.shopperSessionId) return { state: "not_found" };
  const where = input.providerSessionId
    ? eq(checkouts.providerSessionId, input.providerSessionId)
    : isUuid(input.checkoutId)
      ? eq(checkouts.id, input.checkoutId)
      : null;
  if (!where) return { state: "not_found" };
  const [checkout] = await db.select().from(checkouts).where(where);
  if (!checkout || checkout.sessionId !== input.shopperSessionId) return { state: "not_found" };
  switch (checkout.status) {
    case "paid": {
      if (checkout.kind === "gift_card" && checkout.giftCardPurchase) {
        const { amountCents, recipientName, recipientEmail, deliverOn } = checkout.giftCardPurchase;
        return { state: "gift_card_issued", giftCard: { amountCents, currency: checkout.currency, recipientName, recipientEmail, deliverOn: deliverOn ?? null }, email: checkout.email };
      }
      const order = await loadOrderView(db, eq(orders.checkoutId, checkout.id));
      return order ? { state: "placed", order, email: checkout.email } : { state: "processing" };
    }
    case "awaiting_payment":
      return { state: "awaiting_payment", email: checkout.email };
    case "expired":
    case "payment_failed":
      return { state: checkout.status };
    case "open":
      return { state: "processing" };
  }
}
