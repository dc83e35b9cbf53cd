// The owner's gift card changes against real Postgres: store credit reaches its recipient through the
// delivery job with a working code, adjustments keep the ledger invariant (two at once included),
// deactivation is for good, a resend replaces the code; every change leaves one audit row.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, giftCardLedger, giftCards } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { queuedJobs } from "../../../test/jobs";
import { hashGiftCardCode } from "../../giftcards/codes";
import type { SendGiftCardPayload } from "../../giftcards/delivery";
import { placeHold } from "../../giftcards/holds";
import { ledgerAgrees } from "../../giftcards/ledger";
import { openGiftCardCode } from "../../giftcards/sealed-code";
import { createAdminUser } from "../access/admin-users";
import { adjustGiftCard, deactivateGiftCard, issueStoreCredit, resendGiftCard } from "./gift-card-actions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const secret = env.GIFT_CARD_CODE_SECRET;
const owner = await createAdminUser(db, { email: "cards.owner@example.com", password: "a long enough owner password" });
const admin = { id: owner.id, email: owner.email };

const cardRow = async (id: number) => (await db.select().from(giftCards).where(eq(giftCards.id, id)))[0]!;
const auditRows = (action: string, id: number) => db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, String(id))));
const deliveryCode = async (id: number) => {
  const [job] = await queuedJobs<SendGiftCardPayload>(db, { key: `send_gift_card:${id}` });
  return openGiftCardCode(secret, id, job!.payload.sealedCode);
};

describe("store credit", () => {
  it("is a new card with its issue entry, mailed by the delivery job with a code that works, and audited", async () => {
    const issued = await issueStoreCredit(db, env, admin, { amountCents: 2500, recipientName: "Ada Lovelace", recipientEmail: " Ada@Example.com ", message: "Sorry about the dent.", reason: "parcel arrived dented" });
    const card = await cardRow(issued.id);
    expect(card).toMatchObject({ balanceCents: 2500, initialAmountCents: 2500, recipientEmail: "ada@example.com", senderName: "Printroom", stripeCheckoutId: null, isSent: false, status: "active" });
    expect(hashGiftCardCode(secret, await deliveryCode(issued.id))).toBe(card.codeHash);
    const ledger = await db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, issued.id));
    expect(ledger.map((e) => [e.kind, e.amountCents])).toEqual([["issue", 2500]]);
    const [audit] = await auditRows("gift_card.issue", issued.id);
    expect(audit).toMatchObject({ adminUserId: owner.id, before: null, after: { last4: card.codeLast4, amountCents: 2500, reason: "parcel arrived dented" } });
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("refuses bad input with a clear message and creates nothing", async () => {
    const before = await db.$count(giftCards);
    await expect(issueStoreCredit(db, env, admin, { amountCents: 0, recipientName: "A", recipientEmail: "a@example.com", message: "", reason: "r" })).rejects.toMatchObject({ kind: "BadInput", message: "Store credit is more than zero." });
    await expect(issueStoreCredit(db, env, admin, { amountCents: 100, recipientName: "A", recipientEmail: "not an address", message: "", reason: "r" })).rejects.toMatchObject({ kind: "BadInput", field: "recipientEmail" });
    await expect(issueStoreCredit(db, env, admin, { amountCents: 100, recipientName: "A", recipientEmail: "a@example.com", message: "", reason: " " })).rejects.toMatchObject({ kind: "BadInput", field: "reason" });
    expect(await db.$count(giftCards)).toBe(before);
  });
});

describe("adjustments", () => {
  it("add and take off with a ledger row and an audit row each, never below zero nor below the holds", async () => {
    const { card } = await createGiftCard(db, secret, { amountCents: 5000 });
    await adjustGiftCard(db, admin, { id: card.id, deltaCents: 1000, reason: "goodwill" });
    await adjustGiftCard(db, admin, { id: card.id, deltaCents: -2500, reason: "wrong amount issued" });
    expect((await cardRow(card.id)).balanceCents).toBe(3500);
    await db.transaction((tx) => placeHold(tx, { giftCardId: card.id, checkoutRef: `adjust-hold-${card.id}`, amountCents: 3000 }));
    await expect(adjustGiftCard(db, admin, { id: card.id, deltaCents: -1000, reason: "too far" })).rejects.toMatchObject({ kind: "Conflict", message: "That adjustment would take the balance below what open checkouts hold." });
    await expect(adjustGiftCard(db, admin, { id: card.id, deltaCents: -4000, reason: "too far" })).rejects.toMatchObject({ kind: "Conflict", message: "That adjustment would take the balance below zero." });
    expect((await cardRow(card.id)).balanceCents).toBe(3500);
    const audits = await auditRows("gift_card.adjust", card.id);
    expect(audits.map((a) => a.after)).toEqual([
      { balanceCents: 6000, deltaCents: 1000, reason: "goodwill" },
      { balanceCents: 3500, deltaCents: -2500, reason: "wrong amount issued" },
    ]);
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("two taken off at once that together would overdraw: one is made, the other refused, the ledger agrees", async () => {
    const { card } = await createGiftCard(db, secret, { amountCents: 5000 });
    const results = await Promise.allSettled([
      adjustGiftCard(db, admin, { id: card.id, deltaCents: -3000, reason: "first tab" }),
      adjustGiftCard(db, admin, { id: card.id, deltaCents: -3000, reason: "second tab" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await cardRow(card.id)).balanceCents).toBe(2000);
    expect(await auditRows("gift_card.adjust", card.id)).toHaveLength(1);
    const many = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => adjustGiftCard(db, admin, { id: card.id, deltaCents: i % 2 ? 700 : -900, reason: `race ${i}` })));
    const made = many.filter((r) => r.status === "fulfilled").length;
    const ledger = await db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, card.id));
    expect(ledger).toHaveLength(1 + 1 + made);
    expect((await cardRow(card.id)).balanceCents).toBeGreaterThanOrEqual(0);
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("refuses zero, an unknown card and bad ids with a clear message", async () => {
    const { card } = await createGiftCard(db, secret);
    await expect(adjustGiftCard(db, admin, { id: card.id, deltaCents: 0, reason: "nothing" })).rejects.toMatchObject({ kind: "BadInput", message: "An adjustment is more than zero." });
    await expect(adjustGiftCard(db, admin, { id: 2_000_000, deltaCents: 100, reason: "ghost" })).rejects.toMatchObject({ kind: "NotFound" });
    await expect(adjustGiftCard(db, admin, { id: -1, deltaCents: 100, reason: "ghost" })).rejects.toMatchObject({ kind: "BadInput" });
  });
});

describe("deactivation and resending", () => {
  it("deactivation is once and for good: no more adjustments or resends, and the delivery job sends nothing", async () => {
    const { card } = await createGiftCard(db, secret);
    expect(await deactivateGiftCard(db, admin, { id: card.id })).toEqual({ id: card.id, changed: true, releasedHolds: [] });
    expect(await deactivateGiftCard(db, admin, { id: card.id })).toEqual({ id: card.id, changed: false, releasedHolds: [] });
    expect((await cardRow(card.id)).status).toBe("inactive");
    expect(await auditRows("gift_card.deactivate", card.id)).toHaveLength(1);
    await expect(adjustGiftCard(db, admin, { id: card.id, deltaCents: 100, reason: "after" })).rejects.toMatchObject({ kind: "Conflict" });
    await expect(resendGiftCard(db, env, admin, { id: card.id })).rejects.toMatchObject({ kind: "Conflict" });
  });

  it("a resend gives the card a new code, mailed by the delivery job; the old code stops working, the balance stays", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 4200, isSent: true, sentAt: new Date() });
    const resent = await resendGiftCard(db, env, admin, { id: card.id });
    const after = await cardRow(card.id);
    expect(after).toMatchObject({ balanceCents: 4200, isSent: false, sentAt: null, codeLast4: resent.last4 });
    expect(after.codeHash).not.toBe(hashGiftCardCode(secret, code));
    expect(hashGiftCardCode(secret, await deliveryCode(card.id))).toBe(after.codeHash);
    const [audit] = await auditRows("gift_card.resend", card.id);
    expect(audit!.before).toEqual({ last4: card.codeLast4, isSent: true });
    expect(await ledgerAgrees(db)).toBe(true);
  });
});
