import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { carts } from "../../db/schema/index";
import { GIFT_CARD_CHECKS_EXHAUSTED, GIFT_CARD_NOT_USABLE } from "../../server/giftcards/messages";
import { hashGiftCardCode } from "../../server/giftcards/codes";
import { createRateLimits } from "../../server/rate-limits/rate-limits";
import { testEnv } from "../../test/app-server";
import { cartWith } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { action, loader } from "./cart";
import { action as balanceAction } from "./gift-cards.balance";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const rateLimits = createRateLimits(db);

let ip = 0;
/** A shopper with a 90.00 cart, posting the /cart forms as a browser without JavaScript does. */
async function shopper(clientIp = `198.51.100.${++ip}`) {
  const sessionId = await cartWith(db, [{ priceCents: 9000 }]);
  const context = routeContext(db, env, { session: testSession(sessionId), clientIp, rateLimits });
  const post = async (fields: Record<string, string>) => (await action({ request: formPost("http://shop.test/cart", fields), context, params: {} })) as Response;
  const page = async () => (await ((await loader({ request: new Request("http://shop.test/cart"), context, params: {} })) as Response).json()) as { giftCard: unknown };
  return { sessionId, context, post, page };
}

describe("applying a gift card on /cart", () => {
  it("keeps the code's keyed hash and last four on the cart, never the code, and shows what the card can pay", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 5000 });
    const { sessionId, post, page } = await shopper();
    const applied = await post({ intent: "applyGiftCard", code: code.toLowerCase().replace(/-/g, " ") });
    expect([applied.status, applied.headers.get("location")]).toEqual([303, "/cart"]);
    const [cart] = await db.select().from(carts).where(eq(carts.sessionId, sessionId));
    expect(cart).toMatchObject({ giftCardCodeHash: hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code), giftCardLast4: card.codeLast4 });
    expect(JSON.stringify(cart)).not.toContain(code.replace(/-/g, "").slice(0, 8));
    expect((await page()).giftCard).toEqual({ last4: card.codeLast4, usable: true, availableCents: 5000 });

    const removed = await post({ intent: "removeGiftCard" });
    expect(removed.status).toBe(303);
    expect((await page()).giftCard).toBeNull();
  });

  it("answers unknown, inactive and expired codes with the one generic message, beside the field, and stores nothing", async () => {
    const inactive = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { status: "inactive" });
    const expired = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { expiresAt: new Date(Date.now() - 60_000) });
    const { sessionId, post } = await shopper();
    const bodies = [];
    for (const code of ["0000-0000-0000-0000", inactive.code, expired.code]) {
      const response = await post({ intent: "applyGiftCard", code });
      expect(response.status).toBe(400);
      bodies.push(await response.text());
    }
    // Identical but for the code typed, which the form gets back to show.
    const answers = bodies.map((body) => JSON.stringify({ ...JSON.parse(body), values: undefined }));
    expect(new Set(answers)).toEqual(new Set([JSON.stringify({ ok: false, formError: null, fieldErrors: { code: GIFT_CARD_NOT_USABLE } })]));
    const [cart] = await db.select().from(carts).where(eq(carts.sessionId, sessionId));
    expect(cart!.giftCardCodeHash).toBeNull();
  });

  it("draws from the same per-client allowance as balance checks, so the cart is no way around it", async () => {
    const { code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET);
    const { post, context } = await shopper("198.51.100.250");
    for (let i = 0; i < 5; i++) await balanceAction({ request: formPost("http://shop.test/gift-cards/balance", { code: "0000-0000-0000-0000" }), context, params: {} });
    for (let i = 0; i < 5; i++) expect((await post({ intent: "applyGiftCard", code: "1111-1111-1111-1111" })).status).toBe(400);
    const limited = await post({ intent: "applyGiftCard", code });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ ok: false, formError: null, fieldErrors: { code: GIFT_CARD_CHECKS_EXHAUSTED } });
    // Another client is unaffected.
    expect((await (await shopper()).post({ intent: "applyGiftCard", code })).status).toBe(303);
  });
});
