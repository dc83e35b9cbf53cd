import type { Runner } from "graphile-worker";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createPhoto, createPhotoImages } from "../../test/factories";
import { queuedJobs } from "../../test/jobs";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { mailParts } from "../../test/mail-parts";
import { headerOf, startSmtpServer } from "../../test/smtp-server";
import { sendOrderConfirmationTask } from "../../workers/tasks/send-order-confirmation";
import { startWorker } from "../../workers/runner";
import { createMailer } from "../integrations/mail/mailer";
import { createPayments } from "../integrations/payments/index";
import { createStorage } from "../integrations/storage/index";
import { createLogger } from "../log";
import { amountLines } from "./amounts";
import { orderConfirmationMail } from "./confirmation-mail";
import { createPaidOrder } from "./create-order";
import type { MailedOrderView } from "./order-view";
import { loadMailedOrder } from "./order-view";
import { trackOrderByLink } from "./track-order";

const database = await testDatabase();
const db = database.db;
const links = { publicUrl: "https://prints.example.com", trackingUrl: "https://prints.example.com/track-order?order=PR-2026-000042&sig=abc" };

function sampleOrder(overrides: Partial<MailedOrderView> = {}): MailedOrderView {
  const money = { subtotalCents: 9000, shippingCents: 1500, taxCents: null, discountCents: 2500, giftCardLast4: "7Q2X", totalCents: 8000, currency: "usd" };
  return {
    number: "PR-2026-000042",
    status: "paid",
    placedAt: new Date().toISOString(),
    email: "ada@example.com",
    customerName: 'Ada <img src=x onerror="alert(1)">',
    shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", line2: null, city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    ...money,
    refundedCents: 0,
    amounts: amountLines(money, { totalLabel: "Total paid" }),
    timeline: [],
    shipTo: null,
    shipment: null,
    items: [
      { title: "Harbour & <Dawn>", description: "8 × 10 in · Fine-art paper", unitPriceCents: 4500, quantity: 2, totalCents: 9000, thumbnail: "/media/photos/harbour/400w.jpg" },
      { title: "A Free Proof", description: "", unitPriceCents: 0, quantity: 1, totalCents: 0, thumbnail: null },
    ],
    ...overrides,
  };
}

describe("the order confirmation e-mail", () => {
  it("the text part has the number, every item (a free one too), the amount lines, the address, the tracking link and the shop's address", () => {
    const { subject, text } = orderConfirmationMail(sampleOrder(), links);
    expect(subject).toBe("Your Printroom order PR-2026-000042");
    expect(text).toContain("Order number: PR-2026-000042");
    expect(text).toContain("2 × Harbour & <Dawn> (8 × 10 in · Fine-art paper): $90");
    expect(text).toContain("1 × A Free Proof: $0");
    expect(text).toContain("Items: $90\nShipping: $15\nTaxes: Included in prices\nGift card ending in 7Q2X: −$25\nTotal paid: $80");
    expect(text).toContain("Montauk NY 11954");
    expect(text).toContain(`Follow your order: ${links.trackingUrl}`);
    expect(text).toContain("41 Harbour Lane");
    expect(text).not.toContain("<td");
  });

  it("the HTML part has absolute thumbnails, the same amounts and the link, and escapes a hostile name and title", () => {
    const { html } = orderConfirmationMail(sampleOrder(), links);
    expect(html).toContain('<img src="https://prints.example.com/media/photos/harbour/400w.jpg"');
    expect(html.match(/<img /g)).toHaveLength(1);
    for (const amount of ["$90", "$15", "Included in prices", "Gift card ending in 7Q2X", "−$25", "$80"]) expect(html).toContain(amount);
    expect(html).toContain(`href="${links.trackingUrl.replaceAll("&", "&amp;")}"`);
    expect(html).toContain("2 × Harbour &amp; &lt;Dawn&gt;");
    expect(html).toContain("Ada &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<Dawn>");
    expect(html).toContain("41 Harbour Lane");
  });

  it("leaves out the gift card line when none paid", () => {
    const money = { subtotalCents: 9000, shippingCents: 0, taxCents: 0, discountCents: 0, giftCardLast4: null, totalCents: 9000, currency: "usd" };
    const mail = orderConfirmationMail(sampleOrder({ ...money, amounts: amountLines(money) }), links);
    expect(mail.text).not.toContain("Gift card");
    expect(mail.text).toContain("Shipping: Free");
  });
});

describe("the order the job mails", () => {
  it("is read back with each print's smallest sharp JPEG as its thumbnail and the address for the mail", async () => {
    const photo = await createPhoto(db);
    await createPhotoImages(db, photo);
    const order = await db.transaction((tx) =>
      createPaidOrder(tx, {
        email: "thumbs@example.com",
        customerName: "Ada",
        shippingAddress: { name: "Ada", line1: "1 Quay", city: "Mystic", postalCode: "06355", country: "US" },
        subtotalCents: 4500,
        discountCents: 0,
        totalCents: 4500,
        currency: "usd",
        checkoutId: null,
        stripeCheckoutId: null,
        stripePaymentIntent: null,
        cartId: null,
        items: [
          { variantId: photo.variants[0]!.id, productId: null, title: photo.title, description: "print", unitPriceCents: 4500, quantity: 1, totalCents: 4500 },
          { variantId: null, productId: null, title: "A withdrawn print", description: "", unitPriceCents: 0, quantity: 1, totalCents: 0 },
        ],
      }),
    );
    const mailed = await loadMailedOrder(db, order.number);
    expect(mailed!.items.map((i) => i.thumbnail)).toEqual([`/media/photos/${photo.slug}/400w.jpg`, null]);
    expect(mailed!.email).toBe("thumbs@example.com");
    expect(mailed!.shippingAddress?.city).toBe("Mystic");
  });
});

describe("delivery by the send_order_confirmation job (finding 41)", () => {
  let runner: Runner | undefined;
  afterAll(() => runner?.stop());

  it("is queued once with the order; a failed send is logged with the order number and retried until a two-part mail with a working link arrives", async () => {
    let refused = 0;
    const smtp = await startSmtpServer({ failDelivery: () => refused++ === 0 });
    const env = testEnv({ SMTP_URL: smtp.url, STRIPE_WEBHOOK_SECRET: "whsec_mail_test" });
    const payments = createPayments(env);
    const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, "whsec_mail_test");
    const checkout = await startCheckout(db, payments, { email: "mail.me@example.com" });
    const event = checkoutSessionEvent("checkout.session.completed", paidSession(checkout));
    await webhook.deliver(event);
    await webhook.deliver(event);
    const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
    expect(await queuedJobs(db, { task: "send_order_confirmation", key: `order-confirmation:${order!.number}` })).toHaveLength(1);

    const { log, lines } = capturingLogger();
    const mailer = createMailer(env, db);
    runner = await startWorker({
      connectionString: database.url,
      deps: { db, env, log, mailer, storage: createStorage(env) },
      tasks: { send_order_confirmation: sendOrderConfirmationTask({ db, env, mailer, log }) },
      schedule: "",
      pollInterval: 100,
    });
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 20_000, interval: 100 });
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(lines.find((l) => l.level === ERROR_LEVEL && l.orderNumber === order!.number)).toBeDefined();
    const raw = smtp.received[0]!.raw;
    expect(headerOf(raw, "Subject")).toBe(`Your Printroom order ${order!.number}`);
    expect(smtp.received[0]!.to).toEqual(["mail.me@example.com"]);
    expect(headerOf(raw, "Content-Type")).toMatch(/^multipart\/alternative/);
    const { text, html } = mailParts(raw);
    expect(text).toContain(`Order number: ${order!.number}`);
    expect(html).toContain(`Order number: ${order!.number}`);

    // The link both parts carry opens this order, with no e-mail typed.
    const href = /Follow your order: (\S+)/.exec(text!)![1]!;
    expect(html).toContain(`href="${href.replaceAll("&", "&amp;")}"`);
    const link = new URL(href);
    const opened = await trackOrderByLink(db, env.SESSION_SECRET, { order: link.searchParams.get("order"), sig: link.searchParams.get("sig") });
    expect(opened?.number).toBe(order!.number);
  });
});
