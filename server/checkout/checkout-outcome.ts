// What /checkout/success shows: the order once the webhook has made it, "processing" until then.
// Only the shopper who started the checkout sees it; anyone else gets "not found".
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { checkouts, orders } from "../../db/schema/index";
import { loadOrderView, type OrderView } from "../orders/order-view";

export type CheckoutOutcome =
  | { state: "placed"; order: OrderView; email: string }
  /** the shopper has paid (or is paying) and the provider's event has not landed yet */
  | { state: "processing" }
  /** a delayed payment method (a bank debit) is still clearing */
  | { state: "awaiting_payment"; email: string }
  | { state: "expired" }
  | { state: "payment_failed" }
  | { state: "not_found" };

export async function getCheckoutOutcome(
  db: DbOrTx,
  input: { providerSessionId: string | null; shopperSessionId: string | undefined },
): Promise<CheckoutOutcome> {
  if (!input.providerSessionId || !input.shopperSessionId) return { state: "not_found" };
  const [checkout] = await db.select().from(checkouts).where(eq(checkouts.providerSessionId, input.providerSessionId));
  if (!checkout || checkout.sessionId !== input.shopperSessionId) return { state: "not_found" };
  switch (checkout.status) {
    case "paid": {
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
