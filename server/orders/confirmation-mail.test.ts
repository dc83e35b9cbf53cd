import type { Runner } from "graphile-worker";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { headerOf, startSmtpServer } from "../../test/smtp-server";
import { sendMail } from "../../workers/tasks/send-mail";
import { startWorker } from "../../workers/runner";
import { createMailer } from "../integrations/mail/mailer";
import { createPayments } from "../integrations/payments/index";
import { createStorage } from "../integrations/storage/index";
import { createLogger } from "../log";
import type { CreatedOrder } from "./create-order";
import { orderConfirmationMail } from "./confirmation-mail";

const database = await testDatabase();
const db = database.db;

function sampleOrder(overrides: Partial<CreatedOrder> = {}): CreatedOrder {
  const now = new Date();
  return {
    id: 1,
    number: "PR-2026-000042",
    status: "paid",
    email: "ada@example.com",
    customerName: "Ada <Lovelace>",
    shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", line2: null, city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    subtotalCents: 9000,
    discountCents: 2500,
    shippingCents: 0,
    totalCents: 6500,
    refundedCents: 0,
    currency: "usd",
    checkoutId: null,
    stripeCheckoutId: "cs_1",
    stripePaymentIntent: "pi_1",
    cartId: null,
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    createdAt: now,
    paidAt: now,
    updatedAt: now,
    items: [
      { id: 1, orderId: 1, variantId: 1, productId: null, title: "Harbour & <Dawn>", description: "8 × 10 in · Fine-art paper", unitPriceCents: 4500, quantity: 2, totalCents: 9000 },
      { id: 2, orderId: 1, variantId: 2, productId: null, title: "A Free Proof", description: "", unitPriceCents: 0, quantity: 1, totalCents: 0 },
    ],
    ...overrides,
  };
}

describe("the order confirmation e-mail", () => {
  it("has the order number in the subject, every item (a free one too), totals and the address, in text and HTML", () => {
    const mail = orderConfirmationMail(sampleOrder(), "https://prints.example.com");
    expect(mail.subject).toBe("Your Printroom order PR-2026-000042");
    expect(mail.text).toContain("Order number: PR-2026-000042");
    expect(mail.text).toContain("2 × Harbour & <Dawn> (8 × 10 in · Fine-art paper): $90");
    expect(mail.text).toContain("1 × A Free Proof: $0");
    expect(mail.text).toContain("Discount: −$25");
    expect(mail.text).toContain("Total paid: $65");
    expect(mail.text).toContain("Montauk NY 11954");
    expect(mail.text).toContain("https://prints.example.com/track-order");
    expect(mail.html).toContain("Harbour &amp; &lt;Dawn&gt;");
    expect(mail.html).toContain("Ada &lt;Lovelace&gt;");
    expect(mail.html).not.toContain("<Dawn>");
    expect(mail.html).toContain('href="https://prints.example.com/track-order"');
  });

  it("leaves out the discount line when there is none", () => {
    const mail = orderConfirmationMail(sampleOrder({ discountCents: 0, totalCents: 9000 }), "https://prints.example.com");
    expect(mail.text).not.toContain("Discount");
  });
});

describe("delivery by the send_mail job (finding 41)", () => {
  let runner: Runner | undefined;
  afterAll(() => runner?.stop());

  it("a failed send is logged at error level with the order number and retried until the mail arrives", async () => {
    let refused = 0;
    const smtp = await startSmtpServer({ failDelivery: () => refused++ === 0 });
    const env = testEnv({ SMTP_URL: smtp.url, STRIPE_WEBHOOK_SECRET: "whsec_mail_test" });
    const payments = createPayments(env);
    const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, "whsec_mail_test");
    const checkout = await startCheckout(db, payments, { email: "mail.me@example.com" });
    await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)));
    const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));

    const { log, lines } = capturingLogger();
    runner = await startWorker({
      connectionString: database.url,
      deps: { db, env, log, mailer: createMailer(env, db), storage: createStorage(env) },
      tasks: { send_mail: sendMail({ mailer: createMailer(env, db), log }) },
      schedule: "",
      pollInterval: 100,
    });
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 20_000, interval: 100 });
    expect(refused).toBeGreaterThanOrEqual(2);
    const failure = lines.find((l) => l.level === ERROR_LEVEL && String(l.subject).includes(order!.number));
    expect(failure).toBeDefined();
    expect(headerOf(smtp.received[0]!.raw, "Subject")).toBe(`Your Printroom order ${order!.number}`);
    expect(smtp.received[0]!.to).toEqual(["mail.me@example.com"]);
  });
});
