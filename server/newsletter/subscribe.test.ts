import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { subscribers, subscriberSources } from "../../db/schema/index";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { DomainError } from "../errors";
import { createRateLimits } from "../rate-limits/rate-limits";
import type { AppRouter } from "../trpc/root";
import { signUp, subscribe } from "./subscribe";

const database = await testDatabase();
const db = database.db;
let counter = 0;
const uniqueEmail = (prefix = "reader") => `${prefix}.${++counter}.${Date.now()}@example.com`;
const stored = async (email: string) => (await db.select().from(subscribers)).filter((s) => s.email === email.toLowerCase());

async function rejection(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("subscribe", () => {
  it.each(subscriberSources)("records the source %s", async (source) => {
    const email = uniqueEmail(source);
    expect(await subscribe(db, email, source)).toEqual({ email, isNew: true });
    expect((await stored(email)).map((s) => s.source)).toEqual([source]);
  });

  it("stores the address lower-cased and trimmed, so case never makes a second subscriber", async () => {
    const email = uniqueEmail("MixedCase").replace("example", "Example");
    await subscribe(db, `  ${email.toUpperCase()} `, "footer");
    expect(await subscribe(db, email, "homepage")).toEqual({ email: email.toLowerCase(), isNew: false });
    const rows = await stored(email);
    expect(rows.map((r) => [r.email, r.source])).toEqual([[email.toLowerCase(), "footer"]]);
  });

  it("subscribing again is a success that keeps the first source", async () => {
    const email = uniqueEmail();
    await subscribe(db, email, "popup");
    await subscribe(db, email, "checkout");
    await subscribe(db, email, "purchase");
    expect((await stored(email)).map((s) => s.source)).toEqual(["popup"]);
  });

  it("parallel sign-ups of one address make one row", async () => {
    const email = uniqueEmail();
    const results = await Promise.all(Array.from({ length: 8 }, () => subscribe(db, email, "footer")));
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    expect(await stored(email)).toHaveLength(1);
  });

  it.each(["", "   ", "not-an-email", "a@", "@example.com", "two@@example.com", `${"x".repeat(250)}@example.com`, 42, null])(
    "refuses the address %j with a 400 and stores nothing",
    async (email) => {
      const before = (await db.select().from(subscribers)).length;
      const error = await rejection(subscribe(db, email, "footer"));
      expect(error.kind).toBe("BadInput");
      expect(error.message).toMatch(/e-mail address/);
      expect((await db.select().from(subscribers)).length).toBe(before);
    },
  );

  it.each(["newsletter", "", "FOOTER", undefined])("refuses the unknown source %j", async (source) => {
    const email = uniqueEmail();
    const error = await rejection(subscribe(db, email, source));
    expect(error.kind).toBe("BadInput");
    expect(error.message).toMatch(/Source must be one of: footer, popup/);
    expect(await stored(email)).toEqual([]);
  });
});

describe("signing up from a form", () => {
  it("accepts only the sources a shopper can sign up from", async () => {
    const rateLimits = createRateLimits(db);
    const email = uniqueEmail();
    const error = await rejection(signUp(db, { email, source: "purchase" }, { clientIp: "198.51.100.20", rateLimits }));
    expect(error.message).toMatch(/Source must be one of: footer, homepage, popup, checkout/);
    expect(await signUp(db, { email, source: "homepage" }, { clientIp: "198.51.100.20", rateLimits })).toEqual({ email });
  });

  it("stops an address that signs up too many times in an hour", async () => {
    const rateLimits = createRateLimits(db);
    const clientIp = "198.51.100.21";
    for (let i = 0; i < 10; i++) await signUp(db, { email: uniqueEmail(), source: "footer" }, { clientIp, rateLimits });
    const email = uniqueEmail();
    const error = await rejection(signUp(db, { email, source: "footer" }, { clientIp, rateLimits }));
    expect(error.kind).toBe("RateLimited");
    expect(await stored(email)).toEqual([]);
    expect(await signUp(db, { email, source: "footer" }, { clientIp: "198.51.100.22", rateLimits })).toEqual({ email });
  });
});

describe("newsletter.subscribe over HTTP", () => {
  it("answers alike for a new and a known address, and 400 with the reason for a bad one", async () => {
    const server = await startAppServer(db);
    const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/api/trpc` })] });
    const email = uniqueEmail();
    expect(await client.newsletter.subscribe.mutate({ email, source: "footer" })).toEqual({ subscribed: true });
    expect(await client.newsletter.subscribe.mutate({ email: email.toUpperCase(), source: "popup" })).toEqual({ subscribed: true });
    expect((await stored(email)).map((s) => s.source)).toEqual(["footer"]);

    const error = await client.newsletter.subscribe.mutate({ email: "nobody-at-example.com", source: "footer" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data, message } = error as TRPCClientError<AppRouter>;
    expect([data?.code, data?.httpStatus]).toEqual(["BAD_REQUEST", 400]);
    expect(message).toContain("Please enter a valid e-mail address");
  });
});
