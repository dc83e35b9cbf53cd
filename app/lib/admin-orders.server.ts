// Server-only code for the back office's order pages (decision 015).
export { listOrders, ORDER_PAGE_SIZE } from "../../server/admin/orders/order-list";
export { loadAdminOrder } from "../../server/admin/orders/order-detail";
export { orderFormSchema } from "../../server/admin/orders/order-forms";
export { moveOrderAsAdmin, refundOrderAsAdmin, shipOrderAsAdmin } from "../../server/admin/orders/order-actions";
export { DomainError } from "../../server/errors";
