import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { orderInput } from "../../test/factories";
import { createPaidOrder } from "./create-order";

const database = await testDatabase();
const db = database.db;

describe("a paid order", () => {
  it("without a shipping address keeps none (SQL NULL, not JSON null); with one, keeps it as sent", async () => {
    const address = { name: "Ada Lovelace", line1: "12 Harbour Road", line2: null, city: "Montauk", state: "NY", postalCode: "11954", country: "US" };
    const without = await db.transaction((tx) => createPaidOrder(tx, orderInput()));
    const withAddress = await db.transaction((tx) => createPaidOrder(tx, orderInput({ shippingAddress: address })));
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
