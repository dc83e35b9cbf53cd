// Opens the payment provider's session for a checkout already committed (with its gift card hold),
// so no card row stays locked while the provider is called.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { checkouts } from "../../db/schema/index";
import { releaseHold } from "../giftcards/holds";
import type { Payments } from "../integrations/payments/index";
import type { CheckoutSessionRequest } from "../integrations/payments/payments";
import type { Checkout } from "./fulfil-checkout";

export async function openProviderSession(
  deps: { db: Db; payments: Payments },
  checkout: Checkout,
  options: Pick<CheckoutSessionRequest, "discount" | "collectShipping" | "shipping" | "returnPaths">,
): Promise<string> {
  try {
    const session = await deps.payments.createCheckoutSession({
      checkoutId: checkout.id,
      email: checkout.email,
      lines: checkout.lines,
      currency: checkout.currency,
      idempotencyKey: `checkout-${checkout.id}`,
      expiresAt: checkout.expiresAt!,
      ...options,
    });
    await deps.db
      .update(checkouts)
      .set({ providerSessionId: session.id, expiresAt: session.expiresAt, updatedAt: sql`now()` })
      .where(eq(checkouts.id, checkout.id));
    return session.url;
  } catch (error) {
    // The shopper never received a payment page for this attempt, so it holds nothing any more.
    await deps.db.transaction(async (tx) => {
      await tx.update(checkouts).set({ status: "expired", updatedAt: sql`now()` }).where(and(eq(checkouts.id, checkout.id), eq(checkouts.status, "open")));
      await releaseHold(tx, checkout.id);
    });
    throw error;
  }
}
