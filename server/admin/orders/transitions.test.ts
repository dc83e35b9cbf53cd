import type { Runner } from "graphile-worker";
import { asc, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { OrderDetails } from "../../../app/components/orders/order-details";
import { loader as trackOrderLoader } from "../../../app/routes/track-order";
import { connect } from "../../../db/client";
import { orderEvents, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { orderInput } from "../../../test/factories";
import { queuedJobs } from "../../../test/jobs";
import { mailParts } from "../../../test/mail-parts";
import { routeContext } from "../../../test/route-context";
import { headerOf, startSmtpServer } from "../../../test/smtp-server";
import { startWorker } from "../../../workers/runner";
import { sendShippingMailTask } from "../../../workers/tasks/send-shipping-mail";
import { createMailer } from "../../integrations/mail/mailer";
import { createStorage } from "../../integrations/storage/index";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import type { OrderView } from "../../orders/order-view";
import { moveOrder, shipOrder } from "./transitions";

const database = await testDatabase();
// Parallel submits each need their own connection, as two requests would have.
const wide = connect(database.url, { max: 12 });
afterAll(() => wide.close());
const db = wide.db;
const owner = { email: "owner@example.com" };

const newOrder = (overrides: Parameters<typeof orderInput>[0] = {}) =>
  db.transaction((tx) =>
    createPaidOrder(
      tx,
      orderInput({ shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", city: "Montauk", state: "NY", postalCode: "11954", country: "US" }, ...overrides }),
    ),
  );
const statusOf = async (number: string) => (await db.select().from(orders).where(eq(orders.number, number)))[0]!;
const eventsOf = (orderId: number) => db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id));

describe("order transitions", () => {
  it("paid → in production → shipped → delivered, each dated and on the timeline with who did it", async () => {
    const order = await newOrder();
    expect(await moveOrder(db, owner, { number: order.number, to: "in_production" })).toEqual({ number: order.number, status: "in_production", changed: true, previous: "paid" });
    await shipOrder(db, owner, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(await moveOrder(db, owner, { number: order.number, to: "delivered" })).toMatchObject({ status: "delivered", changed: true });
    const row = await statusOf(order.number);
    expect(row).toMatchObject({ status: "delivered", carrier: "UPS", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" });
    for (const at of [row.inProductionAt, row.shippedAt, row.deliveredAt]) expect(at).toBeInstanceOf(Date);
    expect((await eventsOf(order.id)).map((e) => [e.kind, e.actor])).toEqual([
      ["in_production", owner.email],
      ["shipped", owner.email],
      ["delivered", owner.email],
    ]);
  });

  it("a double submit of each step changes the order once and writes one event", async () => {
    const order = await newOrder();
    const twice = await Promise.all([0, 1].map(() => moveOrder(db, owner, { number: order.number, to: "in_production" })));
    expect(twice.map((r) => r.changed).sort()).toEqual([false, true]);
    const shipped = await Promise.all([0, 1, 2].map(() => shipOrder(db, owner, { number: order.number, carrier: "DHL", trackingNumber: "JD0146000012345" })));
    expect(shipped.filter((r) => r.changed)).toHaveLength(1);
    expect((await eventsOf(order.id)).map((e) => e.kind)).toEqual(["in_production", "shipped"]);
    expect(await queuedJobs(db, { task: "send_shipping_mail" }).then((jobs) => jobs.filter((j) => j.key === `shipping-mail:${order.number}`))).toHaveLength(1);
  });

  it("cancel only before it ships; a step from the wrong status is a conflict naming the status, an unknown order is not found", async () => {
    const order = await newOrder();
    expect(await moveOrder(db, owner, { number: order.number, to: "cancelled" })).toMatchObject({ status: "cancelled", changed: true });
    await expect(shipOrder(db, owner, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA1" })).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("cancelled") });
    await expect(moveOrder(db, owner, { number: order.number, to: "in_production" })).rejects.toMatchObject({ kind: "Conflict" });

    const shipped = await newOrder();
    await shipOrder(db, owner, { number: shipped.number, carrier: "UPS", trackingNumber: "1Z999AA2" });
    await expect(moveOrder(db, owner, { number: shipped.number, to: "cancelled" })).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("is shipped") });
    await expect(moveOrder(db, owner, { number: "PR-2026-999999", to: "delivered" })).rejects.toMatchObject({ kind: "NotFound" });
    await expect(shipOrder(db, owner, { number: shipped.number, carrier: "", trackingNumber: "1Z999AA2" })).rejects.toMatchObject({ kind: "BadInput", message: "Please name the carrier." });
  });

  it("new tracking for a shipped order corrects it, on the timeline, with no second mail", async () => {
    const order = await newOrder();
    await shipOrder(db, owner, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA3" });
    const corrected = await shipOrder(db, owner, { number: order.number, carrier: "FedEx", trackingNumber: "449044304137821" });
    expect(corrected).toMatchObject({ changed: true, trackingUrl: "https://www.fedex.com/fedextrack/?trknbr=449044304137821" });
    expect((await eventsOf(order.id)).map((e) => e.kind)).toEqual(["shipped", "tracking_changed"]);
    expect((await queuedJobs(db, { key: `shipping-mail:${order.number}` })).length).toBe(1);
  });
});

describe("the shipping e-mail", () => {
  let runner: Runner | undefined;
  afterAll(() => runner?.stop());

  it("marking an order shipped sends one mail with the carrier's link and the signed order link, and /track-order shows carrier, number and link", async () => {
    const smtp = await startSmtpServer();
    const env = testEnv({ SMTP_URL: smtp.url });
    const order = await newOrder({ email: "ship.me@example.com" });
    await Promise.all([0, 1].map(() => shipOrder(db, owner, { number: order.number, carrier: "UPS", trackingNumber: "1Z999AA10123456784" })));

    const log = createLogger("silent");
    const mailer = createMailer(env, db);
    runner = await startWorker({
      connectionString: database.url,
      deps: { db, env, log, mailer, storage: createStorage(env) },
      tasks: { send_shipping_mail: sendShippingMailTask({ db, env, mailer, log }) },
      schedule: "",
      pollInterval: 100,
    });
    // The orders shipped above are mailed too; once the queue is empty, every mail has arrived.
    await vi.waitFor(async () => expect(await queuedJobs(db, { task: "send_shipping_mail" })).toHaveLength(0), { timeout: 20_000, interval: 100 });
    const mails = smtp.received.filter((m) => m.to.includes("ship.me@example.com"));
    expect(mails).toHaveLength(1);
    const raw = mails[0]!.raw;
    expect(headerOf(raw, "Subject")).toBe(`Your Printroom order ${order.number} has shipped`);
    const { text, html } = mailParts(raw);
    expect(text).toContain("Carrier: UPS · Tracking number: 1Z999AA10123456784");
    expect(text).toContain("Track the parcel: https://www.ups.com/track?tracknum=1Z999AA10123456784");
    expect(html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784"');

    const orderLink = new URL(/Follow your order: (\S+)/.exec(text!)![1]!);
    const response = await trackOrderLoader({ request: new Request(orderLink), context: routeContext(db, env), params: {} });
    const { linked } = (await response.json()) as { linked: OrderView | null };
    expect(linked).toMatchObject({ number: order.number, status: "shipped", shipment: { carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" } });
    const page = renderToStaticMarkup(createElement(OrderDetails, { order: linked! }));
    expect(page).toContain("UPS, tracking number 1Z999AA10123456784");
    expect(page).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784"');
  });
});
