// What the back office's order page and the admin procedures call: each change of an order by the
// signed-in owner, with its audit row written in the change's own transaction.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { orders } from "../../../db/schema/index";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { refundOrder, refundOrderSchema, type RefundDeps } from "./refund";
import { moveOrder, orderStepSchema, shipOrder, shipOrderSchema } from "./transitions";

export async function moveOrderAsAdmin(db: Db, admin: Admin, input: z.input<typeof orderStepSchema>) {
  return db.transaction(async (tx) => {
    const result = await moveOrder(tx, admin, input);
    if (result.changed) {
      await recordAudit(tx, { adminUserId: admin.id, action: `order.${result.status}`, subject: { type: "order", id: result.number }, before: { status: result.previous }, after: { status: result.status } });
    }
    return result;
  });
}

export async function shipOrderAsAdmin(db: Db, admin: Admin, input: z.input<typeof shipOrderSchema>) {
  return db.transaction(async (tx) => {
    const result = await shipOrder(tx, admin, input);
    if (result.changed) {
      const [order] = await tx
        .select({ status: orders.status, carrier: orders.carrier, trackingNumber: orders.trackingNumber, trackingUrl: orders.trackingUrl })
        .from(orders)
        .where(eq(orders.number, result.number));
      await recordAudit(tx, { adminUserId: admin.id, action: result.previous === "shipped" ? "order.tracking_change" : "order.ship", subject: { type: "order", id: result.number }, before: result.before, after: order });
    }
    return result;
  });
}

export async function refundOrderAsAdmin(deps: RefundDeps, admin: Admin, input: z.input<typeof refundOrderSchema>) {
  return refundOrder(deps, admin, input, (tx, refund) =>
    recordAudit(tx, {
      adminUserId: admin.id,
      action: "order.refund",
      subject: { type: "order", id: String(input.number).trim().toUpperCase() },
      before: null,
      after: { refundId: refund.id, amountCents: refund.amountCents, paymentCents: refund.paymentCents, giftCardCents: refund.giftCardCents, providerRefundId: refund.stripeRefundId },
    }),
  );
}
