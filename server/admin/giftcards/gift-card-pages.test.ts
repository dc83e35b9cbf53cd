// The back office's gift card pages through their loaders and actions: the guard, the list's
// search and paging, and each form; a refused form answers 4xx and changes nothing.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as cardAction, loader as cardLoader } from "../../../app/routes/admin.gift-cards.$id";
import { action as listAction, loader as listLoader } from "../../../app/routes/admin.gift-cards._index";
import { auditLog, giftCards } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { queuedJobs } from "../../../test/jobs";
import { formPost, routeContext } from "../../../test/route-context";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import type { AdminGiftCard, GiftCardListPage } from "./gift-card-list";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const owner = await createAdminUser(db, { email: "card.pages@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) });
const visitor = routeContext(db, env, { adminSessionToken: undefined });

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown response");
}
const list = async (query = "", context = signedIn) => (await listLoader({ request: new Request(`http://shop.test/admin/gift-cards${query}`), context, params: {} })) as Response;
const cardUrl = (id: number) => `http://shop.test/admin/gift-cards/${id}`;
const postCard = (id: number, fields: Record<string, string>, context = signedIn) => cardAction({ request: formPost(cardUrl(id), fields), context, params: { id: String(id) } }) as Promise<Response>;
const cardPage = async (id: number) => ((await (await cardLoader({ request: new Request(cardUrl(id)), context: signedIn, params: { id: String(id) } })).json()) as { card: AdminGiftCard }).card;
const balance = async (id: number) => (await db.select().from(giftCards).where(eq(giftCards.id, id)))[0]!.balanceCents;

describe("the gift card pages", () => {
  it("send a visitor to the login and refuse a cross-site post", async () => {
    const refused = await thrown(list("", visitor));
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`/admin/login?next=${encodeURIComponent("/admin/gift-cards")}`);
    const { card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET);
    expect((await thrown(postCard(card.id, { intent: "adjust", direction: "add", amount: "5", reason: "x" }, visitor))).status).toBe(303);
    const request = formPost(cardUrl(card.id), { intent: "adjust", direction: "add", amount: "5", reason: "x" });
    request.headers.set("origin", "https://elsewhere.example");
    request.headers.set("sec-fetch-site", "cross-site");
    expect((await thrown(cardAction({ request, context: signedIn, params: { id: String(card.id) } }))).status).toBe(403);
    expect(await balance(card.id)).toBe(card.balanceCents);
  });

  it("the list finds a card by its last four and by the recipient's e-mail, pages by 25, and says what is wrong with a page", async () => {
    const { card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { recipientEmail: "findme@example.com" });
    const byLast4 = (await (await list(`?q=${card.codeLast4.toLowerCase()}`)).json()) as GiftCardListPage;
    expect(byLast4.rows.map((r) => r.id)).toContain(card.id);
    const byEmail = (await (await list("?q=FINDME")).json()) as GiftCardListPage;
    expect(byEmail.rows.map((r) => r.id)).toEqual([card.id]);
    expect(Object.keys(byEmail.rows[0]!)).not.toContain("codeHash");
    for (let i = 0; i < 25; i++) await createGiftCard(db, env.GIFT_CARD_CODE_SECRET);
    const first = (await (await list()).json()) as GiftCardListPage;
    expect(first.rows).toHaveLength(25);
    const second = (await (await list(`?before=${first.nextBefore}`)).json()) as GiftCardListPage;
    expect(second.rows[0]!.id).toBeLessThan(first.rows.at(-1)!.id);
    const bad = await list("?before=minus");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problem: string }).problem).toBe("That page does not exist.");
  });

  it("issues store credit from the form, and refuses a bad amount beside its field with nothing created", async () => {
    const count = await db.$count(giftCards);
    const refused = (await listAction({ request: formPost("http://shop.test/admin/gift-cards", { amount: "ten", recipientName: "Bo", recipientEmail: "bo@example.com", reason: "late parcel" }), context: signedIn, params: {} })) as Response;
    expect(refused.status).toBe(400);
    expect((await refused.json()).fieldErrors).toEqual({ amount: "Enter the amount in dollars, such as 25 or 25.50." });
    expect(await db.$count(giftCards)).toBe(count);
    const made = (await listAction({ request: formPost("http://shop.test/admin/gift-cards", { amount: "12.50", recipientName: "Bo", recipientEmail: "bo@example.com", message: "", reason: "late parcel" }), context: signedIn, params: {} })) as Response;
    expect(made.status).toBe(303);
    const id = Number(/\/admin\/gift-cards\/(\d+)\?done=issued$/.exec(made.headers.get("location")!)![1]);
    expect((await cardPage(id)).balanceCents).toBe(1250);
    expect(await queuedJobs(db, { key: `send_gift_card:${id}` })).toHaveLength(1);
  });

  it("adjusts, resends and deactivates from the card's page; an overdraw and an unconfirmed deactivation are refused and change nothing", async () => {
    const { card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 3000 });
    const added = await postCard(card.id, { intent: "adjust", direction: "add", amount: "5", reason: "goodwill" });
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe(`/admin/gift-cards/${card.id}?done=adjust`);
    const overdraw = await postCard(card.id, { intent: "adjust", direction: "remove", amount: "50", reason: "oops" });
    expect(overdraw.status).toBe(409);
    expect((await overdraw.json()).formError).toBe("That adjustment would take the balance below zero.");
    const noReason = await postCard(card.id, { intent: "adjust", direction: "remove", amount: "5", reason: "" });
    expect(noReason.status).toBe(400);
    expect(await balance(card.id)).toBe(3500);
    expect((await cardPage(card.id)).ledger.map((e) => [e.kind, e.amountCents, e.note])).toEqual([
      ["adjustment", 500, "goodwill"],
      ["issue", 3000, "test"],
    ]);

    expect((await postCard(card.id, { intent: "resend" })).status).toBe(303);
    expect(await queuedJobs(db, { key: `send_gift_card:${card.id}` })).toHaveLength(1);

    const unconfirmed = await postCard(card.id, { intent: "deactivate" });
    expect(unconfirmed.status).toBe(400);
    expect((await cardPage(card.id)).status).toBe("active");
    expect((await postCard(card.id, { intent: "deactivate", confirm: "yes" })).status).toBe(303);
    expect((await cardPage(card.id)).status).toBe("inactive");
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, "gift_card"), eq(auditLog.subjectId, String(card.id))));
    expect(audits.map((a) => a.action)).toEqual(["gift_card.adjust", "gift_card.resend", "gift_card.deactivate"]);
  });

  it("answers 404 for a card that does not exist or an id that is not one", async () => {
    for (const id of ["999999", "abc"]) {
      const missing = await thrown(cardLoader({ request: new Request(`http://shop.test/admin/gift-cards/${id}`), context: signedIn, params: { id } }));
      expect(missing.status).toBe(404);
    }
  });
});
