// Gives back gift card holds whose checkout can no longer be paid but never said so (its expiry
// event was lost). A hold whose checkout is still open, or waiting for a bank payment to clear,
// is kept however old it is: that money is promised to a payment that may yet complete.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { checkouts } from "../../db/schema/index";
import { releaseHold } from "../giftcards/holds";

const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

type CheckoutState = { status: (typeof checkouts.$inferSelect)["status"]; expiresAt: Date | null };

/** Gone, expired, failed, or open past the provider's expiry: no payment can complete any more. */
function hasEnded(checkout: CheckoutState | undefined, now: Date): boolean {
  if (!checkout) return true;
  if (checkout.status === "expired" || checkout.status === "payment_failed") return true;
  return checkout.status === "open" && checkout.expiresAt !== null && checkout.expiresAt <= now;
}

async function lockCheckoutOfHold(tx: Tx, checkoutRef: string): Promise<CheckoutState | undefined> {
  if (!new RegExp(UUID).test(checkoutRef)) return undefined;
  const [checkout] = await tx.select({ status: checkouts.status, expiresAt: checkouts.expiresAt }).from(checkouts).where(eq(checkouts.id, checkoutRef)).for("update");
  return checkout;
}

/**
 * Each hold is released in its own short transaction, with its checkout locked and looked at again
 * there, so a completion event applied meanwhile (which locks the checkout too) always wins.
 * A checkout left open past its expiry is marked expired with it. Returns how many were released.
 */
export async function releaseHoldsOfEndedCheckouts(db: Db, olderThan: Date, limit = 500): Promise<number> {
  const candidates = await db.execute<{ checkout_ref: string }>(sql`
    select h.checkout_ref from gift_card_holds h
    left join checkouts c on c.id = case when h.checkout_ref ~ ${UUID} then h.checkout_ref::uuid end
    where h.status = 'active' and h.created_at < ${olderThan.toISOString()}::timestamptz
      and (c.id is null or c.status in ('expired', 'payment_failed') or (c.status = 'open' and c.expires_at <= now()))
    order by h.created_at
    limit ${limit}`);
  let released = 0;
  for (const { checkout_ref: checkoutRef } of candidates) {
    const changed = await db.transaction(async (tx) => {
      const checkout = await lockCheckoutOfHold(tx, checkoutRef);
      if (!hasEnded(checkout, new Date())) return false;
      if (checkout?.status === "open") await tx.update(checkouts).set({ status: "expired", updatedAt: sql`now()` }).where(eq(checkouts.id, checkoutRef));
      return (await releaseHold(tx, checkoutRef)).changed;
    });
    if (changed) released++;
  }
  return released;
}
