// Applies one payment event in one transaction: record its id (a replay stops here), apply it, and
// enqueue its follow-up jobs, all committing together. The webhook and the reconciliation job share it.
import { sql } from "drizzle-orm";
import { processedWebhookEvents } from "../../db/schema/index";
import { writeStatement } from "../../db/statement";
import type { PaymentEvent } from "../integrations/payments/index";
import { recordAnomaly } from "./anomalies";
import { applyCheckoutSessionEvent, lockCheckout } from "./checkout-session-events";
import type { ApplyOutcome, PaymentEventDeps } from "./payment-event";
import { applyRefundEvent } from "./refund-events";

const recordEvent = writeStatement("record_webhook_event", (db) =>
  db
    .insert(processedWebhookEvents)
    .values({ id: sql.placeholder("id"), type: sql.placeholder("type") })
    .onConflictDoNothing(),
);

export async function applyPaymentEvent(deps: PaymentEventDeps, event: PaymentEvent): Promise<ApplyOutcome> {
  return deps.db.transaction(async (tx) => {
    // A concurrent delivery of the same id waits at the insert for the first to commit, then finds
    // the row. The checkout's lock is issued with the insert, so both travel in one round trip and
    // Postgres takes the lock only after the insert: a duplicate never gets ahead of the original.
    const [recorded, checkout] = await Promise.all([
      recordEvent(tx, { id: event.id, type: event.type }),
      event.kind === "checkout_session" && event.livemode === deps.livemode ? lockCheckout(tx, event.session.checkoutId) : undefined,
    ]);
    if (recorded === 0) return "duplicate";
    if (event.kind === "ignored") return "ignored";
    if (event.livemode !== deps.livemode) {
      return recordAnomaly(tx, deps.log, event, { kind: "livemode_mismatch", details: { eventLivemode: event.livemode, keyLivemode: deps.livemode } });
    }
    return event.kind === "checkout_session" ? applyCheckoutSessionEvent(tx, deps, event, checkout) : applyRefundEvent(tx, deps, event);
  });
}
