import { describe, expect, it } from "vitest";
import { action as trackOrderAction } from "../../app/routes/track-order";
import { startAppServer, testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext } from "../../test/route-context";
import { createRateLimits } from "../rate-limits/rate-limits";
import { createPaidOrder } from "./create-order";
import { recordShipment, trackingUrlFor } from "./shipment";
import { ORDER_NOT_FOUND, TRACK_ORDER_LIMIT, trackOrder } from "./track-order";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const server = await startAppServer(db, { env });

const order = await db.transaction((tx) =>
  createPaidOrder(tx, {
    email: "Track.Me@Example.com",
    customerName: "Ada Lovelace",
    shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    subtotalCents: 9000,
    discountCents: 0,
    totalCents: 9000,
    currency: "usd",
    checkoutId: null,
    stripeCheckoutId: "cs_test_track",
    stripePaymentIntent: "pi_track",
    cartId: null,
    items: [{ variantId: null, productId: null, title: "Harbour at Dawn", description: "8 × 10 in · Fine-art paper", unitPriceCents: 4500, quantity: 2, totalCents: 9000 }],
  }),
);

let ipCounter = 0;
/** Each test speaks from its own address (the app trusts X-Forwarded-For from loopback only). */
const nextIp = () => `198.51.100.${++ipCounter}`;

const track = (input: { number: string; email: string }, ip: string) =>
  fetch(`${server.url}/api/trpc/orders.track`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(input),
  });

describe("tracking an order", () => {
  it("the right number and e-mail find the order; case and spacing do not matter", async () => {
    const response = await track({ number: ` ${order.number.toLowerCase()} `, email: "track.me@EXAMPLE.com" }, nextIp());
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { data: Record<string, unknown> } };
    expect(result.data).toMatchObject({
      number: order.number,
      status: "paid",
      totalCents: 9000,
      shipTo: { name: "Ada Lovelace", city: "Montauk", country: "US" },
      items: [{ title: "Harbour at Dawn", quantity: 2, totalCents: 9000 }],
      shipment: null,
    });
    // the street address stays in the confirmation e-mail, not on a page anyone with the pair can open
    expect(JSON.stringify(result.data)).not.toContain("Harbour Road");
  });

  it("a wrong e-mail and a missing order number get byte-identical answers", async () => {
    const ip = nextIp();
    const wrongEmail = await track({ number: order.number, email: "someone.else@example.com" }, ip);
    const missing = await track({ number: "PR-2026-999999", email: "track.me@example.com" }, ip);
    expect(wrongEmail.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await wrongEmail.text(), await missing.text()];
    expect(a).toBe(b);
    expect(a).toContain(ORDER_NOT_FOUND);

    const context = routeContext(db, env, { clientIp: nextIp() });
    const page = async (fields: Record<string, string>) => {
      const response = (await trackOrderAction({ request: formPost("http://shop.test/track-order", fields), context, params: {} })) as Response;
      // The form gets back what was typed; apart from that the two misses must read the same.
      const { values: _typed, ...answer } = await response.json();
      return [response.status, answer] as const;
    };
    expect(await page({ number: order.number, email: "someone.else@example.com" })).toEqual(await page({ number: "PR-2026-999999", email: "track.me@example.com" }));
  });

  it("the page finds the order without JavaScript", async () => {
    const context = routeContext(db, env, { clientIp: nextIp() });
    const response = (await trackOrderAction({ request: formPost("http://shop.test/track-order", { number: order.number, email: "track.me@example.com" }), context, params: {} })) as Response;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, order: { number: order.number } });
  });

  it("is rate-limited per client: past the limit even the right pair is refused, other clients are not", async () => {
    const ip = nextIp();
    for (let i = 0; i < TRACK_ORDER_LIMIT.points; i++) {
      expect((await track({ number: "PR-2026-999998", email: "guess@example.com" }, ip)).status).toBe(404);
    }
    const limited = await track({ number: order.number, email: "track.me@example.com" }, ip);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/Too many lookups/);
    expect((await track({ number: order.number, email: "track.me@example.com" }, nextIp())).status).toBe(200);
  });

  it("the page is rate-limited too, sharing the limit with the API", async () => {
    const ip = nextIp();
    const context = routeContext(db, env, { clientIp: ip, rateLimits: createRateLimits(db) });
    for (let i = 0; i < TRACK_ORDER_LIMIT.points; i++) await track({ number: "PR-1", email: "guess@example.com" }, ip);
    const response = (await trackOrderAction({ request: formPost("http://shop.test/track-order", { number: order.number, email: "track.me@example.com" }), context, params: {} })) as Response;
    expect(response.status).toBe(429);
  });
});

describe("shipments (finding 49)", () => {
  it("carrier, tracking number and tracking URL reach the shopper", async () => {
    const shipped = await recordShipment(db, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(shipped.trackingUrl).toBe("https://www.ups.com/track?tracknum=1Z999AA10123456784");
    const view = await trackOrder(db, { number: order.number, email: "track.me@example.com" });
    expect(view).toMatchObject({
      status: "shipped",
      shipment: { carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" },
    });
  });

  it("an unknown carrier keeps the URL the studio gives, or none; a bad order or number is refused", async () => {
    expect(trackingUrlFor("Local Courier", "ABCD1234")).toBeNull();
    const shipped = await recordShipment(db, { number: order.number, carrier: "Local Courier", trackingNumber: "ABCD1234", trackingUrl: "https://courier.example/t/ABCD1234" });
    expect(shipped.trackingUrl).toBe("https://courier.example/t/ABCD1234");
    await expect(recordShipment(db, { number: "PR-2026-424242", carrier: "UPS", trackingNumber: "1Z999" })).rejects.toMatchObject({ kind: "NotFound" });
    await expect(recordShipment(db, { number: order.number, carrier: "UPS", trackingNumber: "<script>" })).rejects.toMatchObject({ kind: "BadInput" });
    await expect(recordShipment(db, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA1", trackingUrl: "javascript:alert(1)" })).rejects.toMatchObject({ kind: "BadInput" });
  });
});
