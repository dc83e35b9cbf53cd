// A gift card that pays the whole order: no payment page, and the order is made in the same
// transaction that held and now redeems the card (decision 011).
import type { Tx } from "../../db/client";
import type { ShippingAddress } from "../../db/schema/index";
import { badInput } from "../errors";
import { planRedemption } from "../giftcards/redemption";
import type { Logger } from "../log";
import type { CreatedOrder } from "../orders/create-order";
import { fulfilCheckout, type Checkout } from "./fulfil-checkout";

export const SHIPPING_ADDRESS_NEEDED = "Your gift card pays for the whole order. Please enter the shipping address, so we know where to send it.";

export async function placeOrderPaidByGiftCard(
  tx: Tx,
  deps: { log: Logger; publicUrl: string },
  checkout: Checkout,
  shippingAddress: ShippingAddress | undefined,
): Promise<CreatedOrder> {
  // Thrown inside the transaction, so the hold just made goes with it.
  if (!shippingAddress) throw badInput(SHIPPING_ADDRESS_NEEDED);
  const giftCard = await planRedemption(tx, checkout.id, checkout.discountCents);
  if (giftCard.kind !== "redeem") throw new Error(`the gift card hold made for checkout ${checkout.id} cannot be redeemed (${giftCard.kind})`);
  const payment = { stripeCheckoutId: null, stripePaymentIntent: null, customerName: shippingAddress.name, shippingAddress, taxCents: null };
  return fulfilCheckout(tx, deps, checkout, payment, giftCard);
}
