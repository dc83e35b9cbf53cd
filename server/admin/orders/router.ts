// The `admin.orders` procedures: the order list and page, each step, and refunds, for the owner's
// own scripts; the same services and audit rows as the back office's pages.
import { z } from "zod";
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { loadAdminOrder } from "./order-detail";
import { listOrders, orderListInput } from "./order-list";
import { moveOrderAsAdmin, refundOrderAsAdmin, shipOrderAsAdmin } from "./order-actions";
import { refundOrderSchema } from "./refund";
import { orderNumberField, orderStepSchema, shipOrderSchema } from "./transitions";

export const adminOrdersRouter = router({
  /** newest first; pass the answer's `nextBefore` as `before` for the next page */
  list: adminProcedure.input(orderListInput).query(({ ctx, input }) => listOrders(ctx.db, input)),
  get: adminProcedure.input(z.object({ number: orderNumberField })).query(({ ctx, input }) => loadAdminOrder(ctx.db, input.number)),
  /** in_production, delivered or cancelled; a repeat answers `changed: false` */
  move: adminProcedure.input(orderStepSchema).mutation(({ ctx, input }) => moveOrderAsAdmin(ctx.db, ctx.admin, input)),
  /** ships the order (the customer gets one shipping mail) or corrects its tracking */
  ship: adminProcedure.input(shipOrderSchema).mutation(({ ctx, input }) => shipOrderAsAdmin(ctx.db, ctx.admin, input)),
  /** `idempotencyKey`: one per refund you mean; sending it again never refunds twice */
  refund: adminProcedure.input(refundOrderSchema).mutation(({ ctx, input }) => refundOrderAsAdmin(ctx, ctx.admin, input)),
});
