import { sql } from "drizzle-orm";
import { describe, expect, it, onTestFinished } from "vitest";
import { connect } from "../../db/client";
import { testDatabase } from "../../test/database";
import { DomainError } from "../errors";
import { createRateLimits } from "./rate-limits";

const database = await testDatabase();
const rateLimits = createRateLimits(database.db);

async function outcome(promise: Promise<void>): Promise<"ok" | string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.kind;
    throw error;
  }
}

describe("Postgres-backed rate limits", () => {
  it("let the allowed number of actions through, then refuse with a RateLimited error saying when to retry", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "trip", points: 3, durationSeconds: 60 });
    for (let i = 0; i < 3; i++) await limiter.consume("203.0.113.7");
    const error = await limiter.consume("203.0.113.7").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("RateLimited");
    expect((error as DomainError).message).toMatch(/try again in (59|60) seconds/);
    expect(await outcome(limiter.consume("198.51.100.1"))).toBe("ok");
  });

  it("keep their counters in the migrated rate_limits table, one row per limit and key", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "table", points: 5, durationSeconds: 60 });
    await limiter.consume("session-a");
    await limiter.consume("session-a");
    const rows = await database.db.execute<{ key: string; points: number }>(sql`select key, points from rate_limits where key like 'table:%'`);
    expect([...rows]).toEqual([{ key: "table:session-a", points: 2 }]);
  });

  it("hold across two processes' connection pools on one database", async () => {
    const first = connect(database.url, { max: 2 });
    const second = connect(database.url, { max: 2 });
    onTestFinished(async () => {
      await first.close();
      await second.close();
    });
    const options = { keyPrefix: "shared", points: 4, durationSeconds: 60 };
    const a = createRateLimits(first.db).limiter(options);
    const b = createRateLimits(second.db).limiter(options);
    await a.consume("visitor");
    await b.consume("visitor");
    await a.consume("visitor");
    await b.consume("visitor");
    expect(await outcome(a.consume("visitor"))).toBe("RateLimited");
    expect(await outcome(b.consume("visitor"))).toBe("RateLimited");
  });

  it("let exactly the allowed number through when two pools race", async () => {
    const first = connect(database.url, { max: 5 });
    const second = connect(database.url, { max: 5 });
    onTestFinished(async () => {
      await first.close();
      await second.close();
    });
    const options = { keyPrefix: "race", points: 10, durationSeconds: 60 };
    const limiters = [createRateLimits(first.db).limiter(options), createRateLimits(second.db).limiter(options)];
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(limiters[i % 2]!.consume("bot"))));
    expect(results.filter((r) => r === "ok")).toHaveLength(10);
    expect(results.filter((r) => r === "RateLimited")).toHaveLength(20);
  });

  it("open again once the window has passed", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "window", points: 1, durationSeconds: 1 });
    await limiter.consume("k");
    expect(await outcome(limiter.consume("k"))).toBe("RateLimited");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await outcome(limiter.consume("k"))).toBe("ok");
  });

  it("can be reset for a key", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "reset", points: 1, durationSeconds: 60 });
    await limiter.consume("k");
    expect(await outcome(limiter.consume("k"))).toBe("RateLimited");
    await limiter.reset("k");
    expect(await outcome(limiter.consume("k"))).toBe("ok");
  });

  it("accept keys longer than the key column by hashing them", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "long", points: 1, durationSeconds: 60 });
    const key = "someone@" + "x".repeat(400) + ".example";
    await limiter.consume(key);
    expect(await outcome(limiter.consume(key))).toBe("RateLimited");
    expect(await outcome(limiter.consume(key.replace("someone", "another")))).toBe("ok");
  });

  it("use the given message for the shopper", async () => {
    const limiter = rateLimits.limiter({ keyPrefix: "message", points: 1, durationSeconds: 60, message: "You have sent enough messages for now." });
    await limiter.consume("k");
    await expect(limiter.consume("k")).rejects.toThrow("You have sent enough messages for now.");
  });

  it("return the same limiter for a prefix, and refuse a second definition with other settings", () => {
    const options = { keyPrefix: "defined", points: 2, durationSeconds: 60 };
    expect(rateLimits.limiter(options)).toBe(rateLimits.limiter({ ...options }));
    expect(() => rateLimits.limiter({ ...options, points: 3 })).toThrow(/defined twice/);
  });
});
