import { describe, expect, it } from "vitest";
import { checkouts, orders, paymentAnomalies } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { DomainError } from "../../errors";
import { ANOMALIES_PAGE_SIZE, anomalyCountSince, listPaymentAnomalies } from "./payment-anomalies";

const database = await testDatabase();
const db = database.db;

describe("payment anomalies in the back office", () => {
  it("lists them newest first with what to do, the order their checkout became, and their details, a page at a time", async () => {
    const [checkout] = await db.insert(checkouts).values({ sessionId: "s-1", email: "ada@example.com", lines: [], subtotalCents: 4500, totalCents: 4500 }).returning();
    await db.insert(orders).values({ number: "PR-ANOM-1", email: "ada@example.com", subtotalCents: 4500, totalCents: 4500, checkoutId: checkout!.id });
    await db.insert(paymentAnomalies).values(
      Array.from({ length: ANOMALIES_PAGE_SIZE }, (_, i) => ({ kind: "unknown_checkout" as const, eventId: `evt_old_${i}`, eventType: "checkout.session.completed", details: {} })),
    );
    await db.insert(paymentAnomalies).values({
      kind: "amount_mismatch",
      eventId: "evt_mismatch",
      eventType: "checkout.session.completed",
      providerSessionId: "cs_test_1",
      checkoutId: checkout!.id,
      details: { expectedCents: 4500, paidCents: 4000, note: "short" },
      createdAt: new Date(Date.now() - 1000),
    });
    const first = await listPaymentAnomalies(db);
    expect(first.rows).toHaveLength(ANOMALIES_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({
      kind: "amount_mismatch",
      eventId: "evt_mismatch",
      providerSessionId: "cs_test_1",
      orderNumber: "PR-ANOM-1",
      details: [
        ["expectedCents", "4500"],
        ["note", "short"],
        ["paidCents", "4000"],
      ],
    });
    expect(first.rows[0]!.label).toMatch(/different amount/);
    const second = await listPaymentAnomalies(db, { before: first.nextBefore! });
    expect(second.rows.map((r) => [r.eventId, r.orderNumber])).toEqual([["evt_old_0", null]]);
    expect(second.nextBefore).toBeNull();
    expect(await anomalyCountSince(db, new Date(Date.now() - 60_000))).toBe(ANOMALIES_PAGE_SIZE + 1);
    expect(await anomalyCountSince(db, new Date(Date.now() + 60_000))).toBe(0);
  });

  it("refuses a malformed page with a 400", async () => {
    const error = await listPaymentAnomalies(db, { before: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("BadInput");
  });
});
