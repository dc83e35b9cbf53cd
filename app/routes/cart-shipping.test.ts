// The "Ship to" form on the cart, the drawer and /checkout: the destination kept on the cart, the
// estimate the root loader's basis gives for it, and a country the shop does not ship to refused.
import { describe, expect, it } from "vitest";
import { cartMoney } from "../shared/cart-money";
import { seedShipping } from "../../db/seed/seed-shipping";
import { getCart } from "../../server/cart/cart";
import { cartMoneyBasis } from "../../server/cart/totals";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { action } from "./cart";

const database = await testDatabase();
const db = database.db;
await seedShipping(db);
const env = testEnv({ STRIPE_SHIPPING_COUNTRIES: "US,GB,DE" });

function shopper() {
  const session = testSession();
  const context = routeContext(db, env, { session });
  const post = async (fields: Record<string, string>) => (await action({ request: formPost("http://localhost/cart", fields), context, params: {} })) as Response;
  const money = async () => cartMoney(await cartMoneyBasis(db, session.id, { env, taxesAdded: false }), await getCart(db, session.id));
  return { session, post, money };
}

describe("choosing where the parcel goes", () => {
  it("estimates for the default country until one is chosen, then for that one, and comes back to the page it was chosen on", async () => {
    const photo = await createPhoto(db, {}, [{ material: "paper", widthIn: 12, heightIn: 8, priceCents: 4500 }]);
    const buyer = shopper();
    await buyer.post({ intent: "add", variantId: String(photo.variants[0]!.id), quantity: "1" });
    expect(await buyer.money()).toMatchObject({ itemsCents: 4500, shippingCents: 900, totalCents: 5400, shortOfFreeShippingCents: 30_000 - 4500 });

    const chosen = await buyer.post({ intent: "setShippingCountry", country: "de", redirectTo: "/checkout" });
    expect([chosen.status, chosen.headers.get("location")]).toEqual([303, "/checkout"]);
    expect(await buyer.money()).toMatchObject({ shippingCents: 1800, totalCents: 6300 });
  });

  it("refuses a country the shop does not ship to with a 400 beside the field, and keeps the choice it had", async () => {
    const buyer = shopper();
    await buyer.post({ intent: "setShippingCountry", country: "GB" });
    const refused = await buyer.post({ intent: "setShippingCountry", country: "BR" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ fieldErrors: { country: "Sorry, we do not ship to BR." } });
    const malformed = await buyer.post({ intent: "setShippingCountry", country: "Narnia" });
    expect(malformed.status).toBe(400);
    expect((await cartMoneyBasis(db, buyer.session.id, { env, taxesAdded: false })).country).toBe("GB");
  });
});
