// Daily, in Stripe mode: lists the last days' events and applies any that never reached the webhook
// (an outage, a misconfigured endpoint). Events already applied are skipped by their recorded id.
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import { applyPaymentEvent } from "../../server/webhooks/apply-payment-event";
import type { WorkerDeps } from "../deps";

export function reconcileStripeEvents(deps: Pick<WorkerDeps, "db" | "log" | "env" | "payments">): Task {
  return async (payload, helpers) => {
    const { lookBackHours } = parseJobPayload("reconcile_stripe_events", payload);
    const { payments } = deps;
    if (payments?.mode !== "stripe") {
      deps.log.debug({ jobId: helpers.job.id }, "reconciliation skipped: not in Stripe mode");
      return;
    }
    const events = await payments.listRecentEvents(new Date(Date.now() - lookBackHours * 3_600_000));
    const outcomes: Record<string, number> = {};
    for (const event of events) {
      const log = deps.log.child({ jobId: helpers.job.id, eventId: event.id, eventType: event.type });
      const outcome = await applyPaymentEvent({ db: deps.db, log, livemode: payments.livemode, publicUrl: deps.env.PUBLIC_URL, env: deps.env }, event);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome !== "duplicate") log.warn({ outcome }, "reconciliation applied an event the webhook never delivered");
    }
    deps.log.info({ jobId: helpers.job.id, listed: events.length, outcomes }, "Stripe events reconciled");
  };
}
