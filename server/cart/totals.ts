// The basis of the cart's money (app/shared/cart-money.ts): the destination the shopper chose or
// the shop's default, that destination's zone and rates, the applied gift card, and whether tax is
// added at payment. Loaded once a page by the root loader, so the drawer and the cart estimate
// from the live cart without another request.
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { carts } from "../../db/schema/index";
import type { CartMoneyBasis } from "../../app/shared/cart-money";
import type { Env } from "../env";
import { badInput } from "../errors";
import { appliedGiftCard } from "../giftcards/applied-card";
import { MINIMUM_CHARGE_CENTS } from "../integrations/payments/index";
import { zoneFor } from "../shipping/quote";

export type CartMoneyEnv = Pick<Env, "STRIPE_SHIPPING_COUNTRIES" | "SHIPPING_DEFAULT_COUNTRY">;

async function chosenCountry(db: DbOrTx, sessionId: string | undefined): Promise<string | null> {
  if (!sessionId) return null;
  const [cart] = await db.select({ country: carts.shippingCountry }).from(carts).where(eq(carts.sessionId, sessionId));
  return cart?.country ?? null;
}

export async function cartMoneyBasis(
  db: DbOrTx,
  sessionId: string | undefined,
  deps: { env: CartMoneyEnv; taxesAdded: boolean },
  country?: string,
): Promise<CartMoneyBasis> {
  const countries = deps.env.STRIPE_SHIPPING_COUNTRIES;
  const chosen = country ?? (await chosenCountry(db, sessionId));
  // A choice the shop no longer ships to falls back to the default rather than showing nothing.
  const destination = chosen && countries.includes(chosen) ? chosen : deps.env.SHIPPING_DEFAULT_COUNTRY;
  const [zone, giftCard] = await Promise.all([zoneFor(db, destination), appliedGiftCard(db, sessionId)]);
  return { country: destination, countries, zone, taxesAdded: deps.taxesAdded, giftCard, minimumChargeCents: MINIMUM_CHARGE_CENTS };
}

export const notShippedTo = (country: string) => `Sorry, we do not ship to ${country}.`;

/** The destination for the estimate, kept on the cart (made if the shopper has none yet). */
export async function setShippingCountry(db: DbOrTx, sessionId: string, env: CartMoneyEnv, country: string): Promise<void> {
  if (!env.STRIPE_SHIPPING_COUNTRIES.includes(country)) throw badInput(notShippedTo(country), "country");
  await db
    .insert(carts)
    .values({ sessionId, shippingCountry: country })
    .onConflictDoUpdate({ target: carts.sessionId, set: { shippingCountry: country, updatedAt: sql`now()` } });
}
