import type { AppLoadContext } from "@remix-run/node";
import { afterAll, describe, expect, it } from "vitest";
import { action as balancePageAction } from "../../app/routes/gift-cards.balance";
import { connect } from "../../db/client";
import { startAppServer, testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { createRateLimits } from "../rate-limits/rate-limits";
import { createLogger } from "../log";
import { checkGiftCard, GIFT_CARD_CHECK_LIMIT } from "./balance";
import { GIFT_CARD_CHECKS_EXHAUSTED, GIFT_CARD_NOT_USABLE } from "./messages";

let queries = 0;
const database = await testDatabase({ onQuery: () => void queries++ });
const env = testEnv();
const secret = env.GIFT_CARD_CODE_SECRET;
// Two web processes on one database: each with its own pool and its own limiter instances.
const other = connect(database.url, { max: 4 });
afterAll(() => other.close());
const serverA = await startAppServer(database.db, { env });
const serverB = await startAppServer(other.db, { env });

const active = await createGiftCard(database.db, secret, { amountCents: 12_000, expiresAt: new Date("2031-06-30T00:00:00Z") });
const inactive = await createGiftCard(database.db, secret, { status: "inactive" });
const expired = await createGiftCard(database.db, secret, { expiresAt: new Date(Date.now() - 60_000) });
const unknownCode = "ZZZZ-ZZZZ-ZZZZ-ZZZZ";

let ipCounter = 0;
/** A fresh client address (the app trusts X-Forwarded-For from loopback, as behind a local proxy). */
const freshIp = () => `203.0.113.${++ipCounter}`;

async function checkOverHttp(serverUrl: string, code: string, ip = freshIp()) {
  const response = await fetch(`${serverUrl}/api/trpc/giftCards.check`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ code }),
  });
  return { status: response.status, body: await response.text() };
}

describe("giftCards.check over HTTP (finding 40)", () => {
  it("answers unknown, inactive, expired and malformed codes with byte-identical responses", async () => {
    const answers = await Promise.all([unknownCode, inactive.code, expired.code, "not-a-code"].map((code) => checkOverHttp(serverA.url, code)));
    expect(answers[0]).toEqual({ status: 200, body: JSON.stringify({ result: { data: { valid: false, message: GIFT_CARD_NOT_USABLE } } }) });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("shows a usable card's balance, hold and expiry, however the code is typed", async () => {
    const typed = active.code.toLowerCase().replace(/-/g, " ");
    const { status, body } = await checkOverHttp(serverA.url, typed);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({
      result: { data: { valid: true, last4: active.card.codeLast4, currency: "usd", balanceCents: 12_000, heldCents: 0, availableCents: 12_000, expiresAt: "2031-06-30T00:00:00.000Z" } },
    });
  });

  it("looks every code up with exactly one query, usable or not", async () => {
    for (const code of [unknownCode, inactive.code, expired.code, active.code, "x"]) {
      queries = 0;
      await checkGiftCard(database.db, env, code);
      expect(queries, code).toBe(1);
    }
  });

  it("turns a client away after its limit, with a 429, while other clients still check", async () => {
    const ip = freshIp();
    for (let i = 0; i < GIFT_CARD_CHECK_LIMIT.points; i++) expect((await checkOverHttp(serverA.url, unknownCode, ip)).status).toBe(200);
    const refused = await checkOverHttp(serverA.url, active.code, ip);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error.message).toBe(GIFT_CARD_CHECKS_EXHAUSTED);
    expect((await checkOverHttp(serverA.url, active.code)).status).toBe(200);
  });

  it("counts a client's checks across two server processes on one database", async () => {
    const ip = freshIp();
    const servers = [serverA.url, serverB.url];
    for (let i = 0; i < GIFT_CARD_CHECK_LIMIT.points; i++) expect((await checkOverHttp(servers[i % 2]!, unknownCode, ip)).status).toBe(200);
    expect((await checkOverHttp(serverA.url, unknownCode, ip)).status).toBe(429);
    expect((await checkOverHttp(serverB.url, unknownCode, ip)).status).toBe(429);
  });

  it("rejects an empty code as bad input", async () => {
    const { status, body } = await checkOverHttp(serverA.url, "   ");
    expect(status).toBe(400);
    expect(JSON.parse(body).error.message).toMatch(/Enter a gift card code/);
  });
});

describe("the /gift-cards/balance page action", () => {
  const rateLimits = createRateLimits(database.db);
  const post = async (code: string, clientIp = freshIp()) => {
    const request = new Request("http://localhost/gift-cards/balance", { method: "POST", body: new URLSearchParams({ code }) });
    const context = { db: database.db, env, rateLimits, clientIp, log: createLogger("silent") } as unknown as AppLoadContext;
    const response = (await balancePageAction({ request, context, params: {} })) as Response;
    return { status: response.status, body: await response.text() };
  };

  it("answers unknown, inactive and expired codes identically, and shows a usable card's balance", async () => {
    const codes = [unknownCode, inactive.code, expired.code];
    const answers = await Promise.all(codes.map((code) => post(code)));
    expect(answers[0]).toEqual({ status: 200, body: JSON.stringify({ ok: true, check: { valid: false, message: GIFT_CARD_NOT_USABLE }, typed: unknownCode }) });
    // The same answer but for the code each shopper typed, which comes back to fill the field again.
    for (const [i, answer] of answers.entries()) expect(answer).toEqual({ status: 200, body: answers[0]!.body.replace(unknownCode, codes[i]!) });
    expect(JSON.parse((await post(active.code)).body)).toMatchObject({ check: { valid: true, balanceCents: 12_000 } });
  });

  it("shares the limit with the tRPC procedure", async () => {
    const ip = freshIp();
    for (let i = 0; i < GIFT_CARD_CHECK_LIMIT.points; i++) await checkOverHttp(serverB.url, unknownCode, ip);
    expect(await post(active.code, ip)).toEqual({ status: 429, body: JSON.stringify({ ok: false, formError: GIFT_CARD_CHECKS_EXHAUSTED, fieldErrors: {}, values: { code: active.code } }) });
  });
});
