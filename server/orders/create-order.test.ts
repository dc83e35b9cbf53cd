import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { createPaidOrder, type NewOrder } from "./create-order";

const database = await testDatabase();
const db = database.db;

const newOrder = (overrides: Partial<NewOrder> = {}): NewOrder => ({
  email: "ada@example.com",
  customerName: "Ada Lovelace",
  shippingAddress: null,
  subtotalCents: 4500,
  discountCents: 0,
  totalCents: 4500,
  currency: "usd",
  checkoutId: null,
  stripeCheckoutId: null,
  stripePaymentIntent: null,
  cartId: null,
  items: [{ variantId: null, productId: null, title: "Harbour at Dawn", description: "8 × 10 in", unitPriceCents: 4500, quantity: 1, totalCents: 4500 }],
  ...overrides,
});

describe("a paid order", () => {
  it("without a shipping address keeps none (SQL NULL, not JSON null); with one, keeps it as sent", async () => {
    const address = { name: "Ada Lovelace", line1: "12 Harbour Road", line2: null, city: "Montauk", state: "NY", postalCode: "11954", country: "US" };
    const without = await db.transaction((tx) => createPaidOrder(tx, newOrder()));
    const withAddress = await db.transaction((tx) => createPaidOrder(tx, newOrder({ shippingAddress: address })));
    expect(without.shippingAddress).toBeNull();
    expect(withAddress.shippingAddress).toEqual(address);
    const stored = await db
      .select({ id: orders.id, isNull: sql<boolean>`${orders.shippingAddress} is null`, address: orders.shippingAddress })
      .from(orders)
      .where(eq(orders.id, without.id));
    expect(stored).toEqual([{ id: without.id, isNull: true, address: null }]);
    const [kept] = await db.select().from(orders).where(eq(orders.id, withAddress.id));
    expect(kept).toMatchObject({ status: "paid", shippingAddress: address, totalCents: 4500, paidAt: withAddress.paidAt });
    expect(withAddress.items).toMatchObject([{ orderId: withAddress.id, title: "Harbour at Dawn", quantity: 1 }]);
  });
});
