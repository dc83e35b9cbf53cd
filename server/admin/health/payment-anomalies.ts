// Payment anomalies for the back office: genuine payment events that did not match what we sold
// (server/webhooks/anomalies.ts), newest first, a page at a time by keyset (the id), each with the
// order its checkout became, when it did.
import { count, desc, eq, gte, lt } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { orders, paymentAnomalies } from "../../../db/schema/index";
import { badInput } from "../../errors";
import type { AnomalyKind } from "../../webhooks/anomalies";

export const ANOMALIES_PAGE_SIZE = 25;

/** What each kind means to the owner, and what to do about it. */
export const ANOMALY_LABELS: Record<AnomalyKind, string> = {
  amount_mismatch: "Paid a different amount than the checkout asked; nothing was fulfilled. Compare with the payment provider and refund or fulfil by hand.",
  unknown_checkout: "A payment for a checkout this shop does not know; nothing was fulfilled. Look it up at the payment provider.",
  livemode_mismatch: "A test-mode event reached the live shop (or the reverse); nothing was changed. Check the webhook's configuration.",
  unknown_payment: "A refund or dispute for a payment that matches no order; nothing was changed.",
  gift_card_unavailable: "Paid after the gift card's hold lapsed, and the card no longer covers its part; nothing was fulfilled. Refund, or fulfil and settle the difference.",
  gift_card_purchase_refunded: "A gift card's purchase was refunded: decide whether to deactivate the card.",
};

export const anomalyPageInput = z.object({
  before: z.coerce.number({ error: "That page does not exist." }).int().positive().max(2_147_483_647).optional(),
});

export type AnomalyRow = {
  id: number;
  kind: AnomalyKind;
  label: string;
  eventId: string;
  eventType: string;
  providerSessionId: string | null;
  orderNumber: string | null;
  /** each detail as text, for a definition list */
  details: [string, string][];
  at: string;
};
export type AnomalyPage = { rows: AnomalyRow[]; nextBefore: number | null };

export async function listPaymentAnomalies(db: DbOrTx, input: z.input<typeof anomalyPageInput> = {}): Promise<AnomalyPage> {
  const parsed = anomalyPageInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { before } = parsed.data;
  const rows = await db
    .select({ anomaly: paymentAnomalies, orderNumber: orders.number })
    .from(paymentAnomalies)
    .leftJoin(orders, eq(orders.checkoutId, paymentAnomalies.checkoutId))
    .where(before === undefined ? undefined : lt(paymentAnomalies.id, before))
    .orderBy(desc(paymentAnomalies.id))
    .limit(ANOMALIES_PAGE_SIZE + 1);
  const page = rows.slice(0, ANOMALIES_PAGE_SIZE).map(({ anomaly: a, orderNumber }) => ({
    id: a.id,
    kind: a.kind,
    label: ANOMALY_LABELS[a.kind],
    eventId: a.eventId,
    eventType: a.eventType,
    providerSessionId: a.providerSessionId,
    orderNumber,
    details: Object.entries(a.details)
      // jsonb keeps keys in its own order (shortest first); the page reads better in the alphabet's.
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([key, value]): [string, string] => [key, typeof value === "string" ? value : JSON.stringify(value)]),
    at: a.createdAt.toISOString(),
  }));
  return { rows: page, nextBefore: rows.length > ANOMALIES_PAGE_SIZE ? page.at(-1)!.id : null };
}

/** Anomalies recorded since a time: nothing marks one resolved, so "waiting" is the recent ones. */
export async function anomalyCountSince(db: DbOrTx, since: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(paymentAnomalies).where(gte(paymentAnomalies.createdAt, since));
  return row!.n;
}
