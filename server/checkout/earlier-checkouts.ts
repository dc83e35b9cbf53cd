// A shopper who starts a new checkout with a gift card applied gets back what their earlier unpaid
// checkouts hold on it (they went back from the payment page, or opened a second tab): otherwise
// the new checkout would find the card's money held by a session they have abandoned. Each earlier
// session is ended at the provider first, so it can no longer be paid once its hold is gone.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { checkouts, giftCardHolds } from "../../db/schema/index";
import { releaseHold } from "../giftcards/holds";
import type { Payments } from "../integrations/payments/index";
import type { Logger } from "../log";

export async function endEarlierCheckoutsHoldingGiftCards(deps: { db: Db; payments: Payments; log: Logger }, shopperSessionId: string): Promise<number> {
  const { db } = deps;
  // A checkout without a provider session yet is one being opened right now; it is left alone.
  const earlier = await db
    .select({ id: checkouts.id, providerSessionId: checkouts.providerSessionId })
    .from(checkouts)
    .innerJoin(giftCardHolds, and(eq(giftCardHolds.checkoutRef, sql`${checkouts.id}::text`), eq(giftCardHolds.status, "active")))
    .where(and(eq(checkouts.sessionId, shopperSessionId), eq(checkouts.status, "open"), isNotNull(checkouts.providerSessionId)));

  let ended = 0;
  for (const checkout of earlier) {
    let unpayable: boolean;
    try {
      unpayable = await deps.payments.expireCheckoutSession(checkout.providerSessionId!);
    } catch (error) {
      deps.log.warn({ err: error, checkoutId: checkout.id }, "could not end an earlier checkout session; its gift card hold stays until it expires");
      continue;
    }
    // Paid meanwhile: its completion event is on the way and redeems the hold.
    if (!unpayable) continue;
    await db.transaction(async (tx) => {
      const [locked] = await tx.select({ status: checkouts.status }).from(checkouts).where(eq(checkouts.id, checkout.id)).for("update");
      if (locked?.status !== "open") return;
      await tx.update(checkouts).set({ status: "expired", updatedAt: sql`now()` }).where(eq(checkouts.id, checkout.id));
      await releaseHold(tx, checkout.id);
    });
    ended++;
  }
  return ended;
}
