import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { giftCardLedger, giftCards, subscribers } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { subscribe } from "../newsletter/subscribe";
import { checkGiftCard } from "./balance";
import { hashGiftCardCode, normalizeGiftCardCode } from "./codes";
import { issueGiftCard, type IssueGiftCardInput } from "./issue";
import { ledgerAgrees } from "./ledger";
import { openGiftCardCode } from "./sealed-code";

const database = await testDatabase();
const db = database.db;
const env = { GIFT_CARD_CODE_SECRET: "issue-test-secret-".padEnd(40, "i") };

let n = 0;
function purchase(overrides: Partial<IssueGiftCardInput> = {}): IssueGiftCardInput {
  n++;
  return {
    amountCents: 7500,
    recipientName: "Ada Lovelace",
    recipientEmail: `ada-${n}@example.com`,
    senderName: "Charles",
    message: "For your wall.",
    buyerEmail: `charles-${n}@example.com`,
    subscribe: false,
    stripeCheckoutId: `cs_test_${n}`,
    stripePaymentIntent: `pi_test_${n}`,
    ...overrides,
  };
}

const issue = (input: IssueGiftCardInput) => db.transaction((tx) => issueGiftCard(tx, env, input));

type JobRow = { payload: Record<string, unknown>; run_at: string; key: string | null; max_attempts: number };
/** The queue's own table: the public jobs view leaves out payloads, which is what these tests inspect. */
const jobsOf = (task: string) =>
  database.sql<JobRow[]>`select j.payload, j.run_at, j.key, j.max_attempts from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = ${task} order by j.id`;

describe("issuing a paid gift card", () => {
  it("stores only a keyed hash and the last four, writes the issue entry, and enqueues delivery and the buyer's confirmation", async () => {
    const input = purchase({ deliverOn: "2099-12-24" });
    const issued = await issue(input);
    expect(issued.created).toBe(true);
    const code = issued.code!;
    const canonical = normalizeGiftCardCode(code)!;
    expect(issued.giftCard).toMatchObject({
      codeHash: hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code),
      codeLast4: canonical.slice(-4),
      initialAmountCents: 7500,
      balanceCents: 7500,
      heldCents: 0,
      status: "active",
      expiresAt: null,
      isSent: false,
      sentAt: null,
      deliverAt: new Date("2099-12-24T14:00:00Z"),
    });
    expect(await checkGiftCard(db, env, code)).toMatchObject({ valid: true, balanceCents: 7500 });

    const entries = await db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, issued.giftCard.id));
    expect(entries.map((e) => [e.kind, e.amountCents])).toEqual([["issue", 7500]]);
    expect(await ledgerAgrees(db)).toBe(true);

    const [delivery] = await jobsOf("send_gift_card");
    expect(delivery).toMatchObject({ key: `send_gift_card:${issued.giftCard.id}`, max_attempts: 20 });
    expect(new Date(delivery!.run_at)).toEqual(new Date("2099-12-24T14:00:00Z"));
    expect(openGiftCardCode(env.GIFT_CARD_CODE_SECRET, issued.giftCard.id, String(delivery!.payload.sealedCode))).toBe(code);

    const [confirmation] = await jobsOf("send_mail");
    expect(confirmation!.key).toBe(`gift-card-confirmation:${issued.giftCard.id}`);
    expect(confirmation!.payload).toMatchObject({ to: input.buyerEmail, subject: "Your Printroom gift card for Ada Lovelace" });
    expect(String(confirmation!.payload.text)).toContain(`ends in ${canonical.slice(-4)}`);

    // Nowhere in the database — card row, queue, any table — is the code in the clear.
    const [row] = await database.sql<{ found: number }[]>`
      select (select count(*) from gift_cards g where row_to_json(g)::text ilike ${`%${canonical}%`} or row_to_json(g)::text ilike ${`%${code}%`})
           + (select count(*) from graphile_worker._private_jobs j where j.payload::text ilike ${`%${canonical}%`} or j.payload::text ilike ${`%${code}%`}) as found`;
    expect(Number(row!.found)).toBe(0);
  });

  it("twenty parallel calls for one payment make one card, one issue entry, one delivery and one confirmation", async () => {
    const input = purchase();
    // A connection each, and all twenty transactions open before any inserts.
    const wide = connect(database.url, { max: 20 });
    let ready = 0;
    let go!: () => void;
    const allOpen = new Promise<void>((resolve) => (go = resolve));
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        wide.db.transaction(async (tx) => {
          await tx.execute("select 1");
          if (++ready === 20) go();
          await allOpen;
          return issueGiftCard(tx, env, input);
        }),
      ),
    ).finally(() => wide.close());
    expect(new Set(results.map((r) => r.giftCard.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.filter((r) => r.code !== null)).toHaveLength(1);
    const cardId = results[0]!.giftCard.id;
    expect(await db.$count(giftCards, eq(giftCards.stripePaymentIntent, input.stripePaymentIntent!))).toBe(1);
    expect(await db.$count(giftCardLedger, eq(giftCardLedger.giftCardId, cardId))).toBe(1);
    expect((await jobsOf("send_gift_card")).filter((j) => j.key === `send_gift_card:${cardId}`)).toHaveLength(1);
    expect((await jobsOf("send_mail")).filter((j) => j.payload.to === input.buyerEmail)).toHaveLength(1);
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("a replay naming the same payment intent under another checkout id, or the same checkout without one, issues nothing", async () => {
    const first = await issue(purchase());
    const samePayment = await issue({ ...purchase(), stripePaymentIntent: first.giftCard.stripePaymentIntent });
    const sameCheckout = await issue({ ...purchase(), stripeCheckoutId: first.giftCard.stripeCheckoutId!, stripePaymentIntent: null });
    for (const replay of [samePayment, sameCheckout]) expect(replay).toEqual({ giftCard: first.giftCard, code: null, created: false });
    expect(await db.$count(giftCardLedger, eq(giftCardLedger.giftCardId, first.giftCard.id))).toBe(1);
  });

  it("records the buyer as a gift_card_purchase subscriber only when they opted in, keeping an earlier signup's source", async () => {
    const optedIn = purchase({ subscribe: true, buyerEmail: "Opted.In@Example.com" });
    await issue(optedIn);
    const declined = purchase({ subscribe: false });
    await issue(declined);
    await subscribe(db, "already@example.com", "footer");
    await issue(purchase({ subscribe: true, buyerEmail: "already@example.com" }));
    const rows = await db.select({ email: subscribers.email, source: subscribers.source }).from(subscribers);
    expect(rows).toContainEqual({ email: "opted.in@example.com", source: "gift_card_purchase" });
    expect(rows).toContainEqual({ email: "already@example.com", source: "footer" });
    expect(rows.map((r) => r.email)).not.toContain(declined.buyerEmail);
  });

  it("delivers at once when no date was chosen, and honours an expiry and currency given by the caller", async () => {
    const before = Date.now();
    const expiresAt = new Date("2031-01-01T00:00:00Z");
    const issued = await issue(purchase({ currency: "eur", expiresAt }));
    expect(issued.giftCard.deliverAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(issued.giftCard.deliverAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(issued.giftCard).toMatchObject({ currency: "eur", expiresAt });
  });
});
