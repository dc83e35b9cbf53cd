// The admin.giftCards procedures through the real router and guard, amounts in cents.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, giftCards } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { routeContext } from "../../../test/route-context";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const owner = await createAdminUser(db, { email: "cards.router@example.com", password: "a long enough owner password" });
const admin = createCaller(routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) }));
const anonymous = createCaller(routeContext(db, env, { adminSessionToken: undefined }));

describe("admin.giftCards", () => {
  it("answers a caller without a back-office session 401 and changes nothing", async () => {
    const { card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET);
    await expect(anonymous.admin.giftCards.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.admin.giftCards.adjust({ id: card.id, deltaCents: 100, reason: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.admin.giftCards.deactivate({ id: card.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await db.select().from(giftCards).where(eq(giftCards.id, card.id)))[0]).toMatchObject({ balanceCents: card.balanceCents, status: "active" });
  });

  it("issues, lists, adjusts, resends and deactivates, each with its audit row", async () => {
    const issued = await admin.admin.giftCards.issueStoreCredit({ amountCents: 1500, recipientName: "Cy", recipientEmail: "cy@example.com", message: "", reason: "apology" });
    expect((await admin.admin.giftCards.list({ q: issued.last4 })).rows.map((r) => r.id)).toContain(issued.id);
    expect(await admin.admin.giftCards.adjust({ id: issued.id, deltaCents: -500, reason: "partly used elsewhere" })).toMatchObject({ balanceCents: 1000 });
    await admin.admin.giftCards.resend({ id: issued.id });
    expect(await admin.admin.giftCards.deactivate({ id: issued.id })).toEqual({ id: issued.id, changed: true, releasedHolds: [] });
    const card = await admin.admin.giftCards.get({ id: issued.id });
    expect(card).toMatchObject({ status: "inactive", balanceCents: 1000, paid: false });
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, "gift_card"), eq(auditLog.subjectId, String(issued.id))));
    expect(audits.map((a) => a.action)).toEqual(["gift_card.issue", "gift_card.adjust", "gift_card.resend", "gift_card.deactivate"]);
  });

  it("refuses bad input as BAD_REQUEST, an overdraw as CONFLICT and an unknown card as NOT_FOUND", async () => {
    const { card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 1000 });
    await expect(admin.admin.giftCards.adjust({ id: card.id, deltaCents: 12.5, reason: "half a cent" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.admin.giftCards.adjust({ id: card.id, deltaCents: -1001, reason: "too much" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.admin.giftCards.get({ id: 987654 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.admin.giftCards.issueStoreCredit({ amountCents: 100_001, recipientName: "Dee", recipientEmail: "dee@example.com", message: "", reason: "big" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.select().from(giftCards).where(eq(giftCards.id, card.id)))[0]!.balanceCents).toBe(1000);
  });
});
