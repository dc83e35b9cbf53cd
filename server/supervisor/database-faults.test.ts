// The store under a database that keeps dropping its connections, as a managed database's failover,
// restart or connection reaper does: started as `npm start` starts it (the supervisor and its
// children, real processes, real Postgres), with request loops running while every backend of its
// database is terminated once a second for 20 s. One web process and two (decision 017).
import postgres from "postgres";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { atFileEnd } from "../../test/cleanup";
import { ensureFreshBuild, startStore, type LogLine } from "../../test/store-process";

const STORM_MS = 20_000;
const STATEMENT_TIMEOUT_MS = 2_000;
const CONNECT_TIMEOUT_MS = 1_000;
/** what a request may take at most: a statement's timeout after waiting for a connection's */
const REQUEST_BOUND_MS = STATEMENT_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 1_000;
// "About 1.5 s" after a kill in the issue: 2 s, so a loaded two-core CI machine reconnecting late is not a failure.
const AFTER_KILL_MS = 2_000;

type Outcome = { startedAt: number; ms: number; status: number | "network"; what: string; retryAfter?: string | null };

type Answer = { status: number; headers: Headers; text: string };

async function timed(what: string, outcomes: Outcome[], request: () => Promise<Response>): Promise<Answer | undefined> {
  const startedAt = Date.now();
  try {
    const response = await request();
    const text = await response.text();
    outcomes.push({ startedAt, ms: Date.now() - startedAt, status: response.status, what, retryAfter: response.headers.get("retry-after") });
    return { status: response.status, headers: response.headers, text };
  } catch {
    outcomes.push({ startedAt, ms: Date.now() - startedAt, status: "network", what });
    // Refused at once while no web process listens: pause as a client would before trying again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return undefined;
  }
}

beforeAll(() => ensureFreshBuild(), 300_000);

describe.each([1, 2])("with %i web process(es), while Postgres drops every connection each second", (webProcesses) => {
  it("the supervisor stays, children come back, no request hangs, failures stay near the kills and every acknowledged write is kept", async () => {
    const database = await createTestDatabase();
    atFileEnd(() => database.close());
    const photo = await createPhoto(database.db);
    const store = await startStore({
      databaseUrl: database.url,
      env: { WEB_CONCURRENCY: String(webProcesses), STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS), CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) },
    });
    const admin = postgres(inject("adminUrl"), { max: 1, onnotice: () => {} });
    atFileEnd(() => admin.end());

    const kills: number[] = [];
    const outcomes: Outcome[] = [];
    const acknowledgedCarts: string[] = [];
    const stormEnds = Date.now() + STORM_MS;
    const signal = () => AbortSignal.timeout(10_000);
    const readLoop = async (paths: string[]) => {
      for (let i = 0; Date.now() < stormEnds + 3_000; i++) {
        const page = paths[i % paths.length]!;
        await timed(page, outcomes, () => fetch(store.url + page, { signal: signal() }));
      }
    };
    const writeLoop = async () => {
      while (Date.now() < stormEnds + 3_000) {
        const response = await timed("cart.add", outcomes, () =>
          fetch(`${store.url}/api/trpc/cart.add`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ variantId: photo.variants[0]!.id, quantity: 1 }), signal: signal() }),
        );
        const cookie = response?.headers.get("set-cookie")?.split(";")[0];
        if (response?.status === 200 && cookie) acknowledgedCarts.push(cookie);
      }
    };
    // A whole purchase: a cart, a checkout, and the local payment page's Pay, whose signed event
    // makes the order through the real webhook before the page answers 303.
    const paidCheckouts: string[] = [];
    const orderLoop = async () => {
      while (Date.now() < stormEnds + 3_000) {
        const added = await timed("cart.add", outcomes, () =>
          fetch(`${store.url}/api/trpc/cart.add`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ variantId: photo.variants[0]!.id, quantity: 2 }), signal: signal() }),
        );
        const cookie = added?.status === 200 ? added.headers.get("set-cookie")?.split(";")[0] : undefined;
        const started = cookie
          ? await timed("checkout.create", outcomes, () =>
              fetch(`${store.url}/api/trpc/checkout.create`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ email: "storm@example.com" }), signal: signal() }),
            )
          : undefined;
        const paymentPath = started?.status === 200 ? (JSON.parse(started.text) as { result: { data: { url: string } } }).result.data.url : undefined;
        if (cookie && paymentPath) {
          const form = new URLSearchParams({ intent: "pay", name: "Storm Shopper", line1: "1 Test Street", city: "Montauk", postalCode: "11954", country: "US" });
          const paid = await timed("pay", outcomes, () =>
            fetch(store.url + paymentPath, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: form, redirect: "manual", signal: signal() }),
          );
          if (paid?.status === 303) paidCheckouts.push(paymentPath.split("/").pop()!);
        }
        // One purchase every two seconds: well inside the per-address checkout limit.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    };
    const killLoop = async () => {
      while (Date.now() < stormEnds) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database.name} and pid <> pg_backend_pid()`;
        kills.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
    await Promise.all([killLoop(), readLoop(["/", `/photos/${photo.slug}`, "/healthz"]), readLoop([`/photos/${photo.slug}`, "/photos"]), writeLoop(), orderLoop()]);

    expect(store.exited()).toBe(false);
    expect(kills.length).toBeGreaterThanOrEqual(15);

    // Every child that died was ready again within 5 s: a new process loads the whole app on two
    // shared cores while the other child, the storm and these loops run (2.2 s has been seen).
    const deaths = store.lines.filter((line) => / child died; starting another$/.test(line.msg));
    for (const death of deaths) {
      const back = store.lines.find((line) => line.child === death.child && line.msg === `a new ${death.child} child is ready` && line.time >= death.time);
      expect(back, `a ${death.child} child back after the death at ${death.time}`).toBeDefined();
      expect((back as LogLine).time - death.time).toBeLessThanOrEqual(5_000);
    }

    const slowest = Math.max(...outcomes.map((o) => o.ms));
    expect(slowest).toBeLessThanOrEqual(REQUEST_BOUND_MS);
    const failures = outcomes.filter((o) => o.status === "network" || o.status >= 500);
    const nearAKill = (o: Outcome) => kills.some((kill) => o.startedAt + o.ms >= kill && o.startedAt <= kill + AFTER_KILL_MS);
    expect(failures.filter((o) => !nearAKill(o))).toEqual([]);
    // A request that met the outage was told so: 503 and when to come back, never a 500 or a reset.
    expect(failures.filter((o) => o.status !== 503 || o.retryAfter !== "2")).toEqual([]);
    const lastKill = kills.at(-1)!;
    const afterwards = outcomes.filter((o) => o.startedAt > lastKill + AFTER_KILL_MS);
    expect(afterwards.length).toBeGreaterThan(0);
    // A paid checkout answers 303 (on to the thanks); everything else 200.
    expect(afterwards.filter((o) => o.status !== (o.what === "pay" ? 303 : 200))).toEqual([]);
    expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(failures.length);

    // Every cart the store said it added to holds the item.
    expect(acknowledgedCarts.length).toBeGreaterThan(0);
    for (const cookie of acknowledgedCarts) {
      const response = await fetch(`${store.url}/api/trpc/cart.get`, { headers: { cookie } });
      const body = (await response.json()) as { result: { data: { itemCount: number } } };
      expect(body.result.data.itemCount).toBe(1);
    }
    // Every payment the store acknowledged made exactly one order, and no order lacks its items
    // (an order, its lines and its confirmation mail are one transaction).
    expect(paidCheckouts.length).toBeGreaterThan(0);
    const orders = await database.sql<{ session: string; items: number; quantity: number }[]>`
      select c.provider_session_id as session, count(i.id)::int as items, coalesce(sum(i.quantity), 0)::int as quantity
      from orders o join checkouts c on c.id = o.checkout_id left join order_items i on i.order_id = o.id group by c.provider_session_id`;
    const bySession = new Map(orders.map((o) => [o.session, o]));
    for (const session of paidCheckouts) expect(bySession.get(session), session).toMatchObject({ items: 1, quantity: 2 });
    expect(orders.filter((o) => o.items === 0)).toEqual([]);

    const unexpected = store.lines.filter((line) => line.level >= 60 && line.msg !== "a fault nobody caught: exiting so the supervisor starts a fresh process");
    expect(unexpected).toEqual([]);
    expect(await store.stop()).toBe(0);
  }, 90_000);
});
