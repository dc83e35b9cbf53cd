// Starts a checkout from the shopper's cart: the lines are priced from the database and kept as a
// pending checkout, then the payment provider opens a session for exactly that snapshot.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { carts, checkouts, type CheckoutLine } from "../../db/schema/index";
import { getCart } from "../cart/cart";
import { badInput } from "../errors";
import type { Payments } from "../integrations/payments/index";
import { emailSchema } from "../newsletter/subscribe";

/** Stripe's shortest session, plus a minute so clock skew can never make the request invalid. */
export const CHECKOUT_LIFETIME_MS = 31 * 60_000;
export const CURRENCY = "usd";

export const createCheckoutSchema = z.object({
  email: emailSchema,
  newsletterOptIn: z.boolean({ error: "newsletterOptIn must be true or false." }).default(false),
});
export type CreateCheckoutInput = z.input<typeof createCheckoutSchema>;

export const EMPTY_CART_MESSAGE = "Your cart is empty. Add a print before checking out.";

export async function createCheckout(
  db: Db,
  payments: Payments,
  input: CreateCheckoutInput & { sessionId: string | undefined },
): Promise<{ checkoutId: string; url: string }> {
  const parsed = createCheckoutSchema.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const { email, newsletterOptIn } = parsed.data;
  const cart = await getCart(db, input.sessionId);
  if (!input.sessionId || cart.lines.length === 0) throw badInput(EMPTY_CART_MESSAGE);

  const [cartRow] = await db.select({ id: carts.id }).from(carts).where(eq(carts.sessionId, input.sessionId));
  const lines: CheckoutLine[] = cart.lines.map((l) => ({
    variantId: l.variantId,
    productId: l.productId,
    title: l.title,
    description: l.description,
    unitPriceCents: l.unitPriceCents,
    quantity: l.quantity,
    lineTotalCents: l.lineTotalCents,
  }));
  const expiresAt = new Date(Date.now() + CHECKOUT_LIFETIME_MS);
  const [checkout] = await db
    .insert(checkouts)
    .values({
      sessionId: input.sessionId,
      cartId: cartRow?.id ?? null,
      email,
      newsletterOptIn,
      lines,
      subtotalCents: cart.subtotalCents,
      totalCents: cart.subtotalCents,
      currency: CURRENCY,
      expiresAt,
    })
    .returning({ id: checkouts.id });

  try {
    const session = await payments.createCheckoutSession({
      checkoutId: checkout!.id,
      email,
      lines,
      currency: CURRENCY,
      idempotencyKey: `checkout-${checkout!.id}`,
      expiresAt,
    });
    await db
      .update(checkouts)
      .set({ providerSessionId: session.id, expiresAt: session.expiresAt, updatedAt: sql`now()` })
      .where(eq(checkouts.id, checkout!.id));
    return { checkoutId: checkout!.id, url: session.url };
  } catch (error) {
    // The shopper never received a payment page for this attempt, so it holds nothing any more.
    await db.update(checkouts).set({ status: "expired", updatedAt: sql`now()` }).where(eq(checkouts.id, checkout!.id));
    throw error;
  }
}
