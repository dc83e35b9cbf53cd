import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { giftCards } from "../../db/schema/index";
import { createPayments } from "../../server/integrations/payments/index";
import { createLogger } from "../../server/log";
import { testEnv } from "../../test/app-server";
import { applyGiftCardDirectly, cartWith } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { startWebhookRouteServer } from "../../test/webhook-route-server";
import { action as checkoutAction, loader as checkoutLoader } from "./checkout._index";
import { loader as successLoader } from "./checkout.success";
import { action as testPageAction, loader as testPageLoader } from "./checkout.local-payment.$id";
import { action as giftCardsAction } from "./gift-cards._index";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const payments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments, log: createLogger("silent") });
// The local payment page sends its events to the configured public URL: here, the webhook route\'s server.
const shopEnv = { ...env, PUBLIC_URL: webhookRoute.origin };

const json = async (response: unknown) => (response as Response).json();
const sessionIdOf = (location: string) => location.split("/").pop()!;

describe("buying a gift card in local test mode", () => {
  it("/gift-cards opens the test payment page, which shows the card; paying issues it and the success page says it is on its way", async () => {
    const context = routeContext(db, shopEnv, { payments, session: testSession() });
    const purchase = { amount: "5000", recipientName: "Ada Lovelace", recipientEmail: "ada@example.com", senderName: "Charles", message: "", deliverOn: "", buyerEmail: "charles@example.com" };
    const started = (await giftCardsAction({ request: formPost("http://shop.test/gift-cards", purchase), context, params: {} })) as Response;
    expect(started.status).toBe(303);
    const location = started.headers.get("location")!;
    expect(location).toMatch(/^\/checkout\/local-payment\/cs_test_local_/);
    const id = sessionIdOf(location);

    const page = await json(await testPageLoader({ request: new Request(`http://shop.test${location}`), context, params: { id } }));
    expect(page.checkout).toMatchObject({ kind: "gift_card", totalCents: 5000, giftCardPurchase: { recipientName: "Ada Lovelace", recipientEmail: "ada@example.com", deliverOn: null } });

    // A gift card needs no shipping address: the Pay button posts none.
    const paid = (await testPageAction({ request: formPost(`${webhookRoute.origin}${location}`, { intent: "pay" }), context, params: { id } })) as Response;
    expect(paid.headers.get("location")).toBe(`/checkout/success?session_id=${id}`);
    const [card] = await db.select().from(giftCards).where(eq(giftCards.stripeCheckoutId, id));
    expect(card).toMatchObject({ initialAmountCents: 5000, recipientEmail: "ada@example.com", buyerEmail: "charles@example.com" });

    const success = await json(await successLoader({ request: new Request(`http://shop.test/checkout/success?session_id=${id}`), context, params: {} }));
    expect(success.outcome).toMatchObject({ state: "gift_card_issued", email: "charles@example.com", giftCard: { amountCents: 5000, recipientName: "Ada Lovelace" } });
  });

  it("cancelling returns the buyer to the gift card page", async () => {
    const context = routeContext(db, shopEnv, { payments, session: testSession() });
    const purchase = { amount: "2500", recipientName: "Ada", recipientEmail: "ada@example.com", senderName: "Charles", buyerEmail: "charles@example.com" };
    const location = ((await giftCardsAction({ request: formPost("http://shop.test/gift-cards", purchase), context, params: {} })) as Response).headers.get("location")!;
    const cancelled = (await testPageAction({ request: formPost(`${webhookRoute.origin}${location}`, { intent: "cancel" }), context, params: { id: sessionIdOf(location) } })) as Response;
    expect(cancelled.headers.get("location")).toBe("/gift-cards?cancelled=1");
  });
});

describe("/checkout with a gift card applied", () => {
  it("labels the card's part on the test payment page", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 2000 });
    const sessionId = await cartWith(db, [{ priceCents: 9000 }]);
    await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, sessionId, code);
    const context = routeContext(db, shopEnv, { payments, session: testSession(sessionId) });
    const preview = await json(await checkoutLoader({ request: new Request("http://shop.test/checkout"), context, params: {} }));
    expect(preview).toMatchObject({ basis: { giftCard: { last4: card.codeLast4 } }, money: { giftCardCents: 2000, totalCents: 7000, paidInFullByGiftCard: false } });
    expect(preview.amounts).toContainEqual(expect.objectContaining({ kind: "gift_card", label: `Gift card ending in ${card.codeLast4}`, cents: -2000 }));
    const started = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "part@example.com" }), context, params: {} })) as Response;
    const location = started.headers.get("location")!;
    const page = await json(await testPageLoader({ request: new Request(`http://shop.test${location}`), context, params: { id: sessionIdOf(location) } }));
    expect(page.checkout).toMatchObject({ kind: "order", discountCents: 2000, totalCents: 7000, giftCardLast4: card.codeLast4 });
  });

  it("asks for the address itself when the card pays everything, then shows the order with no payment page", async () => {
    const { code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 10_000 });
    const sessionId = await cartWith(db, [{ priceCents: 9000 }]);
    await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, sessionId, code);
    const context = routeContext(db, shopEnv, { payments, session: testSession(sessionId) });
    expect(await json(await checkoutLoader({ request: new Request("http://shop.test/checkout"), context, params: {} }))).toMatchObject({ money: { paidInFullByGiftCard: true, totalCents: 0 } });

    const missing = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "whole@example.com", name: "Grace", line1: "", city: "", postalCode: "", country: "US" }), context, params: {} })) as Response;
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      ok: false,
      fieldErrors: { line1: expect.stringMatching(/street address/), city: expect.stringMatching(/city/), postalCode: expect.stringMatching(/postal code/) },
      values: { email: "whole@example.com", name: "Grace" },
    });

    const address = { name: "Grace Hopper", line1: "1 Harbour Road", line2: "", city: "Montauk", state: "NY", postalCode: "11954", country: "US" };
    const placed = (await checkoutAction({ request: formPost("http://shop.test/checkout", { email: "whole@example.com", ...address }), context, params: {} })) as Response;
    expect(placed.status).toBe(303);
    const location = placed.headers.get("location")!;
    expect(location).toMatch(/^\/checkout\/success\?checkout_id=/);
    const success = await json(await successLoader({ request: new Request(`http://shop.test${location}`), context, params: {} }));
    expect(success.outcome).toMatchObject({ state: "placed", email: "whole@example.com", order: { totalCents: 0, discountCents: 9000, shipTo: { name: "Grace Hopper", city: "Montauk" } } });
  });
});
