import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { orders } from "../../db/schema/index";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createPayments, type Payments } from "../../server/integrations/payments/index";
import { createStorage } from "../../server/integrations/storage/index";
import { enqueueJob } from "../../server/jobs/enqueue";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { capturingLogger } from "../../test/log-capture";
import { startStripeApiServer } from "../../test/stripe-api-server";
import { startWorker } from "../runner";
import { buildTaskList } from "./index";

const database = await testDatabase();
const db = database.db;
const stripeApi = await startStripeApiServer();
const env = testEnv({ STRIPE_SECRET_KEY: "sk_test_reconcile", STRIPE_WEBHOOK_SECRET: "whsec_reconcile", STRIPE_API_BASE: stripeApi.url });
const payments = createPayments(env);
const { log, lines } = capturingLogger();

/** Runs the task once through the real worker; a job leaves the queue only when it succeeded. */
async function runReconciliation(paymentsForWorker: Payments, jobKey: string) {
  const deps = { db, env, log, mailer: createMailer(env, db), storage: createStorage(env), payments: paymentsForWorker };
  const runner = await startWorker({
    connectionString: database.url,
    deps,
    tasks: { reconcile_stripe_events: buildTaskList(deps).reconcile_stripe_events },
    schedule: "",
    pollInterval: 100,
  });
  try {
    await enqueueJob(db, "reconcile_stripe_events", {}, { jobKey });
    await vi.waitFor(async () => expect(await queuedJobs(db, { key: jobKey })).toHaveLength(0), { timeout: 15_000, interval: 100 });
  } finally {
    await runner.stop();
  }
}

describe("the daily Stripe reconciliation", () => {
  it("applies a paid checkout whose webhook never arrived, and skips events already applied", async () => {
    const missed = await startCheckout(db, payments);
    const delivered = await startCheckout(db, payments);
    const missedEvent = checkoutSessionEvent("checkout.session.completed", paidSession(missed));
    const deliveredEvent = checkoutSessionEvent("checkout.session.completed", paidSession(delivered));
    await webhookDeliverer({ db, env, payments, log }, "whsec_reconcile").deliver(deliveredEvent);
    stripeApi.events.splice(0, stripeApi.events.length, deliveredEvent, missedEvent);

    await runReconciliation(payments, "reconcile-stripe");

    expect(await db.select().from(orders).where(eq(orders.checkoutId, missed.id))).toHaveLength(1);
    expect(await db.select().from(orders).where(eq(orders.checkoutId, delivered.id))).toHaveLength(1);
    expect(lines.some((l) => l.msg === "reconciliation applied an event the webhook never delivered" && l.eventId === missedEvent.id)).toBe(true);
    expect(lines.find((l) => l.msg === "Stripe events reconciled")).toMatchObject({ listed: 2, outcomes: { applied: 1, duplicate: 1 } });
    expect(stripeApi.requests.filter((r) => r.path === "/v1/events")).toHaveLength(1);
  });

  it("does nothing in local test mode: there is no Stripe to ask", async () => {
    const before = stripeApi.requests.length;
    await runReconciliation(createPayments(testEnv()), "reconcile-local");
    expect(stripeApi.requests.length).toBe(before);
  });
});
