// The steps the owner moves an order through: paid → in production → shipped → delivered, and
// cancel before it ships. Each is one UPDATE conditional on the status it leaves, so a double
// submit or a second tab changes the order once and writes one timeline event; the repeat answers
// with the order as it already is.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { orders } from "../../../db/schema/index";
import { badInput, conflict, notFound } from "../../errors";
import { recordShipment, shipmentSchema } from "../../orders/shipment";
import type { OrderStatus } from "../../orders/order-view";
import { recordOrderEvent, type Actor } from "./order-events";

type Step = { from: OrderStatus[]; dated?: "inProductionAt" | "deliveredAt" };

const steps = {
  in_production: { from: ["paid"], dated: "inProductionAt" },
  delivered: { from: ["shipped"], dated: "deliveredAt" },
  // A cancelled order is not refunded by cancelling: the owner refunds it as a separate step.
  cancelled: { from: ["paid", "in_production"] },
} satisfies Record<string, Step>;

export type OrderStep = keyof typeof steps;

export const orderNumberField = z.string().trim().toUpperCase().min(1, "Which order?").max(40);
export const orderStepSchema = z.object({ number: orderNumberField, to: z.enum(["in_production", "delivered", "cancelled"]) });

export type StepResult = { number: string; status: OrderStatus; changed: boolean; previous: OrderStatus };

export async function moveOrder(db: DbOrTx, actor: Actor, input: z.input<typeof orderStepSchema>): Promise<StepResult> {
  const checked = orderStepSchema.safeParse(input);
  if (!checked.success) throw badInput(checked.error.issues.map((i) => i.message).join(" "));
  const { number, to } = checked.data;
  const step: Step = steps[to];
  return db.transaction(async (tx) => {
    // The lock makes a second submit wait for the first and then find the step taken.
    const [current] = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.number, number)).for("update");
    if (!current) throw notFound(`There is no order ${number}.`);
    if (current.status === to) return { number, status: to, changed: false, previous: current.status };
    if (!step.from.includes(current.status)) throw conflict(`Order ${number} is ${current.status.replace("_", " ")}; it cannot be marked ${to.replace("_", " ")}.`);
    await tx
      .update(orders)
      .set({ status: to, ...(step.dated ? { [step.dated]: sql`now()` } : {}), updatedAt: sql`now()` })
      .where(and(eq(orders.id, current.id), eq(orders.status, current.status)));
    await recordOrderEvent(tx, { orderId: current.id, kind: to, actor });
    return { number, status: to, changed: true, previous: current.status };
  });
}

export const shipOrderSchema = shipmentSchema;

export type Tracking = { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null };
export type ShipResult = StepResult & { trackingUrl: string | null; before: Tracking & { status: OrderStatus } };

/** Ships the order (its mail is queued with it) or corrects its tracking; each change is on the timeline. */
export async function shipOrder(db: DbOrTx, actor: Actor, input: z.input<typeof shipOrderSchema>): Promise<ShipResult> {
  return db.transaction(async (tx) => {
    const number = orderNumberField.safeParse(input.number);
    const [before] = number.success
      ? await tx
          .select({ status: orders.status, carrier: orders.carrier, trackingNumber: orders.trackingNumber, trackingUrl: orders.trackingUrl })
          .from(orders)
          .where(eq(orders.number, number.data))
          .for("update")
      : [];
    const shipment = await recordShipment(tx, input);
    if (shipment.change !== "none") {
      const [order] = await tx.select({ carrier: orders.carrier, trackingNumber: orders.trackingNumber }).from(orders).where(eq(orders.id, shipment.orderId));
      await recordOrderEvent(tx, {
        orderId: shipment.orderId,
        kind: shipment.change === "shipped" ? "shipped" : "tracking_changed",
        actor,
        details: { carrier: order!.carrier, trackingNumber: order!.trackingNumber, trackingUrl: shipment.trackingUrl },
      });
    }
    return { number: shipment.number, status: "shipped", changed: shipment.change !== "none", previous: before!.status, trackingUrl: shipment.trackingUrl, before: before! };
  });
}
