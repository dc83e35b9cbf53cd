// How a refund divides between the card that paid and the gift card that paid part (decision 025):
// the card payment first; the gift card's part goes back in whole, with the refund that returns
// the last of the order, because the ledger credits a redeemed hold back once and in full.
import { formatMoney } from "../../../app/shared/money";
import { badInput, conflict } from "../../errors";

/** `paymentCents`: what the provider charged (the order's total); `giftCardCents`: what the card paid (its discount). */
export type OrderPayment = { paymentCents: number; giftCardCents: number; currency: string };
export type RefundSplit = { paymentCents: number; giftCardCents: number };

export const FULLY_REFUNDED = "This order has been refunded in full already.";

export function refundableCents(paid: OrderPayment, refunded: RefundSplit): RefundSplit {
  return { paymentCents: Math.max(0, paid.paymentCents - refunded.paymentCents), giftCardCents: Math.max(0, paid.giftCardCents - refunded.giftCardCents) };
}

export function splitRefund(paid: OrderPayment, refunded: RefundSplit, amountCents: number): RefundSplit {
  const money = (cents: number) => formatMoney(cents, paid.currency);
  const left = refundableCents(paid, refunded);
  const leftCents = left.paymentCents + left.giftCardCents;
  if (leftCents === 0) throw conflict(FULLY_REFUNDED, "amount");
  if (amountCents > leftCents) throw conflict(`At most ${money(leftCents)} is left to refund on this order.`, "amount");
  if (amountCents <= left.paymentCents) return { paymentCents: amountCents, giftCardCents: 0 };
  if (amountCents === leftCents) return left;
  throw badInput(
    `The gift card's part (${money(left.giftCardCents)}) goes back onto the card in whole: refund up to ${money(left.paymentCents)} to the payment card, or all ${money(leftCents)} that is left.`,
    "amount",
  );
}
