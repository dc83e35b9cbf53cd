// Writes one line of an order's timeline, in the transaction of the change it records.
import type { DbOrTx } from "../../../db/client";
import { orderEvents } from "../../../db/schema/index";

export type OrderEventKind = (typeof orderEvents.$inferInsert)["kind"];

/** Who made a change: the signed-in owner's e-mail, or the system for the provider's events. */
export type Actor = { email: string };

export async function recordOrderEvent(db: DbOrTx, event: { orderId: number; kind: OrderEventKind; actor: Actor; details?: Record<string, unknown> }) {
  await db.insert(orderEvents).values({ orderId: event.orderId, kind: event.kind, actor: event.actor.email, details: event.details ?? {} });
}
