// A genuine event that does not match what we sold: kept for a person to look at, logged loudly,
// and nothing is fulfilled. The webhook still answers 200: retrying for days would change nothing.
import type { Tx } from "../../db/client";
import { paymentAnomalies } from "../../db/schema/index";
import type { PaymentEvent } from "../integrations/payments/index";
import type { Logger } from "../log";

export type AnomalyKind = (typeof paymentAnomalies.$inferInsert)["kind"];

export async function recordAnomaly(
  tx: Tx,
  log: Logger,
  event: PaymentEvent,
  anomaly: { kind: AnomalyKind; checkoutId?: string | null; details: Record<string, unknown> },
): Promise<"anomaly"> {
  const providerSessionId = event.kind === "checkout_session" ? event.session.id : null;
  await tx.insert(paymentAnomalies).values({
    kind: anomaly.kind,
    eventId: event.id,
    eventType: event.type,
    providerSessionId,
    checkoutId: anomaly.checkoutId ?? null,
    details: anomaly.details,
  });
  log.error(
    { anomaly: anomaly.kind, eventId: event.id, eventType: event.type, providerSessionId, checkoutId: anomaly.checkoutId ?? null, ...anomaly.details },
    "payment anomaly: event recorded, nothing fulfilled",
  );
  return "anomaly";
}
