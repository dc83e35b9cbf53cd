// What each order status is called wherever a shopper reads it: the order page and the assistant's order card.
export const ORDER_STATUS_LABELS = {
  pending: "Pending",
  paid: "Paid — waiting to go into production",
  in_production: "Being printed",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
} as const;
