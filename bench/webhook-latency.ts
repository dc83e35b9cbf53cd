// Webhook latency: pending checkouts made over HTTP as shoppers make them (tRPC cart.add, then
// checkout.create, which opens a session through the real Stripe SDK against a local stand-in for
// Stripe's API), then rounds of distinct, signed `checkout.session.completed` events fired all at
// once at POST /webhooks/stripe of the production server, timing each answer.
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import Stripe from "stripe";
import { checkoutSessionEvent } from "../server/integrations/payments/stripe-shaped-events";
import { serveStripeApi } from "../test/stripe-api";
import { canMeasureCpu, postgresCpuMs, serverCpuMs } from "./lib/cpu";
import { openConnection, type RawConnection } from "./lib/raw-http";
import { loadAverage, measuredLine, table, target, verdict, type Section } from "./lib/report";
import { freePort, productionEnv, startServer, webProcesses } from "./lib/server";

export type WebhookLatencyOptions = {
  appDir: string;
  dataDir: string;
  databaseUrl: string;
  logFile: string;
  /** print variants the shoppers put in their carts */
  variantIds: number[];
  /** events fired at once in a round */
  parallel?: number;
  /** measured rounds */
  rounds?: number;
  /**
   * rounds sent first and not measured: a server in service has long compiled its webhook path, and
   * V8 takes about a thousand events to do so. After 300 (six rounds), `--trace-opt` still showed
   * Remix's request handler and route matching being optimized during the measured rounds, which
   * then cost 4–6 ms of server CPU an event; after 2000, 2.4–3.4 ms.
   */
  warmupRounds?: number;
  /** events sent one at a time afterwards: what an event costs when it does not queue */
  serial?: number;
  /** extra Node flags for the server, e.g. `--cpu-prof` to profile it */
  serverNodeArgs?: string[];
};

/** What Stripe's API said about the session it opened; what a real Stripe would put in the event. */
type OpenedSession = { id: string; client_reference_id: string; amount_subtotal: number; amount_total: number; currency: string; customer_email: string; expires_at: number };

type Timed = { ms: number; status: number; outcome: string | undefined };

type Round = { p50: number; p90: number; p99: number; max: number; eventsPerSecond: number; load: string; serverCpuMsPerEvent: number | null; postgresCpuMsPerEvent: number | null; senderCpuMsPerEvent: number };

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50, p90, p99 and max of a set of latencies. */
function latencies(ms: number[]): { p50: number; p90: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
}

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

async function trpc<T>(baseUrl: string, procedure: string, input: unknown, cookie?: string): Promise<{ data: T; setCookie: string | null }> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok || !body.result) throw new Error(`${procedure} answered ${response.status}: ${body.error?.message ?? "no result"}`);
  return { data: body.result.data, setCookie: response.headers.get("set-cookie") };
}

/** One shopper: a cart of one or two prints, then a checkout; answers with the session Stripe opened for it. */
async function pendingCheckout(baseUrl: string, stripeApiUrl: string, variantIds: number[], index: number, run: string): Promise<OpenedSession> {
  const first = variantIds[index % variantIds.length]!;
  const added = await trpc(baseUrl, "cart.add", { variantId: first, quantity: 1 + (index % 3) });
  const cookie = /^(pr_session=[^;]+)/.exec(added.setCookie ?? "")?.[1];
  if (!cookie) throw new Error("cart.add set no session cookie");
  if (index % 2 === 1) await trpc(baseUrl, "cart.add", { variantId: variantIds[(index * 7 + 3) % variantIds.length]!, quantity: 1 }, cookie);
  const { data } = await trpc<{ checkoutId: string; url: string }>(baseUrl, "checkout.create", { email: `bench-${run}-${index}@example.com`, newsletterOptIn: index % 4 === 0 }, cookie);
  // The shopper's browser goes to the payment page; the session id is the last part of its address.
  const sessionId = new URL(data.url).pathname.split("/").pop()!;
  const session = (await (await fetch(`${stripeApiUrl}/v1/checkout/sessions/${sessionId}`)).json()) as OpenedSession;
  if (session.client_reference_id !== data.checkoutId) throw new Error(`session ${sessionId} does not belong to checkout ${data.checkoutId}`);
  return session;
}

/** The event Stripe sends once the shopper has paid that session, with its body and signature. */
function signedCompletion(session: OpenedSession, secret: string, index: number): { payload: string; signature: string } {
  const event = checkoutSessionEvent("checkout.session.completed", {
    id: session.id,
    checkoutId: session.client_reference_id,
    amountSubtotalCents: session.amount_subtotal,
    amountTotalCents: session.amount_total,
    currency: session.currency,
    email: session.customer_email,
    paymentStatus: "paid",
    status: "complete",
    expiresAt: new Date(session.expires_at * 1000),
    shipping: { name: `Bench Shopper ${index}`, line1: `${index} Harbour Road`, city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    paymentIntentId: `pi_bench_${randomBytes(8).toString("hex")}`,
  });
  const payload = JSON.stringify(event, null, 2);
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}

async function deliver(connection: RawConnection, event: { payload: string; signature: string }): Promise<Timed> {
  const answer = await connection.post("/webhooks/stripe", { "content-type": "application/json", "stripe-signature": event.signature }, event.payload);
  const body = JSON.parse(answer.body) as { outcome?: string };
  return { ms: answer.ms, status: answer.status, outcome: body.outcome };
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const cpuCell = (ms: number | null) => (ms === null ? "n/a" : ms.toFixed(2));

export type WebhookLatencyResult = { p50: number; p90: number; p99: number; max: number; eventsPerSecond: number; aloneP50: number; rounds: Round[] };

export async function webhookLatency(options: WebhookLatencyOptions): Promise<{ section: Section; result: WebhookLatencyResult }> {
  const parallel = options.parallel ?? 50;
  const rounds = options.rounds ?? 5;
  const warmupRounds = options.warmupRounds ?? 20;
  const serial = options.serial ?? 20;
  const secret = `whsec_${randomBytes(24).toString("hex")}`;
  const run = randomBytes(3).toString("hex");
  const stripeApi = await serveStripeApi();
  const server = await startServer({
    appDir: options.appDir,
    env: { ...productionEnv({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, port: await freePort() }), WORKER: "off", STRIPE_API_BASE: stripeApi.url, STRIPE_WEBHOOK_SECRET: secret },
    logFile: options.logFile,
    nodeArgs: options.serverNodeArgs,
  });
  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  const connections: RawConnection[] = [];
  try {
    const total = parallel * (warmupRounds + rounds) + serial;
    const setupStartedAt = Date.now();
    const sessions = await mapLimited(Array.from({ length: total }, (_, i) => i), 8, (i) => pendingCheckout(server.url, stripeApi.url, options.variantIds, i, run));
    console.log(`  ${total} pending checkouts made over HTTP in ${((Date.now() - setupStartedAt) / 1000).toFixed(1)} s`);

    // Kept open across rounds, as a sender in service keeps its connections.
    connections.push(...(await Promise.all(Array.from({ length: parallel }, () => openConnection(server.url)))));
    const cpuNow = () => (canMeasureCpu() ? { server: serverCpuMs(server.pid), postgres: postgresCpuMs(path.join(options.dataDir, "pg")) } : null);
    const measured: Round[] = [];
    const all: Timed[] = [];
    let measuredSeconds = 0;
    for (let round = 1 - warmupRounds; round <= rounds; round++) {
      // Signed just before sending, as Stripe does: the signature's timestamp must be recent.
      const slot = round - 1 + warmupRounds;
      const events = sessions.slice(slot * parallel, (slot + 1) * parallel).map((s, i) => signedCompletion(s, secret, slot * parallel + i));
      const before = cpuNow();
      const senderBefore = process.cpuUsage();
      const startedAt = performance.now();
      const answers = await Promise.all(events.map((event, i) => deliver(connections[i]!, event)));
      const seconds = (performance.now() - startedAt) / 1000;
      const sender = process.cpuUsage(senderBefore);
      const after = cpuNow();
      const wrong = answers.filter((a) => a.status !== 200 || a.outcome !== "applied");
      if (wrong.length > 0) throw new Error(`round ${round}: ${wrong.length} of ${parallel} events were not applied, e.g. ${JSON.stringify(wrong[0])}`);
      const result: Round = {
        ...latencies(answers.map((a) => a.ms)),
        eventsPerSecond: parallel / seconds,
        load: loadAverage(),
        serverCpuMsPerEvent: before && after ? (after.server - before.server) / parallel : null,
        postgresCpuMsPerEvent: before && after ? (after.postgres - before.postgres) / parallel : null,
        senderCpuMsPerEvent: (sender.user + sender.system) / 1000 / parallel,
      };
      const label = round <= 0 ? `warm-up ${round + warmupRounds}` : `round ${round}`;
      console.log(`  ${label}: p50 ${fixed(result.p50)} ms, p99 ${fixed(result.p99)} ms, max ${fixed(result.max)} ms, ${fixed(result.eventsPerSecond)} events/s, CPU ms/event: server ${cpuCell(result.serverCpuMsPerEvent)}, Postgres ${cpuCell(result.postgresCpuMsPerEvent)}, sender ${result.senderCpuMsPerEvent.toFixed(2)} (load ${result.load})`);
      if (round <= 0) continue;
      measured.push(result);
      all.push(...answers);
      measuredSeconds += seconds;
    }

    const alone: number[] = [];
    for (const [i, session] of sessions.slice(parallel * (warmupRounds + rounds)).entries()) {
      const answer = await deliver(connections[0]!, signedCompletion(session, secret, parallel * (warmupRounds + rounds) + i));
      if (answer.status !== 200 || answer.outcome !== "applied") throw new Error(`an event sent alone was not applied: ${JSON.stringify(answer)}`);
      alone.push(answer.ms);
    }
    const aloneLatencies = latencies(alone);
    console.log(`  one at a time: p50 ${fixed(aloneLatencies.p50)} ms, max ${fixed(aloneLatencies.max)} ms`);

    // Every checkout has exactly one order, and each order its confirmation mail job.
    const checkoutIds = sessions.map((s) => s.client_reference_id);
    const [counts] = await sql<{ orders: number; checkouts: number; paid: number; mails: number }[]>`
      select count(*)::int as orders, count(distinct checkout_id)::int as checkouts,
             (select count(*)::int from checkouts where id = any(${checkoutIds}::uuid[]) and status = 'paid') as paid,
             (select count(*)::int from graphile_worker.jobs j join orders o on j.key = 'order-confirmation:' || o.number where o.checkout_id = any(${checkoutIds}::uuid[])) as mails
      from orders where checkout_id = any(${checkoutIds}::uuid[])`;
    if (counts!.orders !== total || counts!.checkouts !== total || counts!.paid !== total || counts!.mails !== total) {
      throw new Error(`expected one order, one paid checkout and one mail job for each of ${total} checkouts; found ${JSON.stringify(counts)}`);
    }

    const result: WebhookLatencyResult = {
      ...latencies(all.map((a) => a.ms)),
      eventsPerSecond: all.length / measuredSeconds,
      aloneP50: aloneLatencies.p50,
      rounds: measured,
    };
    const p99Target = target(result.p99 <= 100, "target ≤ 100 ms");
    const markdown = [
      "## Webhook latency: 50 distinct `checkout.session.completed` events at once",
      "",
      measuredLine("worker off (the order confirmation jobs wait in the queue)"),
      "",
      `${total} shoppers each put one or two prints in a cart and start a checkout over HTTP (tRPC \`cart.add\`, \`checkout.create\`), which opens a session through the Stripe SDK against a local stand-in for Stripe's API. Then, as Stripe would, a \`checkout.session.completed\` event for each paid session (the session's own amount, a shipping address), signed with the server's \`STRIPE_WEBHOOK_SECRET\` by the SDK's \`generateTestHeaderString\`: ${parallel} distinct events sent at once to \`POST /webhooks/stripe\` of the production server, ${warmupRounds} warm-up rounds (not measured: V8 is still optimizing the request path, Remix's included, after a few hundred events; a server in service long has) and ${rounds} measured rounds; then ${serial} more, one at a time. The events go over ${parallel} kept-alive connections, each request written in one piece by a lean client (\`bench/lib/raw-http.ts\`: \`fetch\` cost about 1 ms of CPU an event that the server then lacked); latency is from writing the request to reading the whole answer. Every answer was 200 \`applied\`, and afterwards the database held exactly one order, one paid checkout and one confirmation mail job for each checkout. The load generator, the server (${webProcesses()} web processes, one per core as in production: decision 014) and Postgres share the machine's cores.`,
      "",
      table(
        ["result", "value"],
        [
          ["p50", `${fixed(result.p50)} ms`],
          ["p90", `${fixed(result.p90)} ms`],
          ["p99", `${fixed(result.p99)} ms — ${verdict(p99Target)}`],
          ["max", `${fixed(result.max)} ms`],
          ["throughput", `${fixed(result.eventsPerSecond)} events/s`],
          ["events measured", String(all.length)],
          [`one event at a time (p50 of ${serial}, max)`, `${fixed(result.aloneP50)} ms, ${fixed(aloneLatencies.max)} ms`],
        ],
      ),
      "",
      table(
        ["round", "p50 ms", "p90 ms", "p99 ms", "max ms", "events/s", "Node CPU ms/event", "Postgres CPU ms/event", "sender CPU ms/event", "load avg after"],
        measured.map((m, i) => [i + 1, fixed(m.p50), fixed(m.p90), fixed(m.p99), fixed(m.max), fixed(m.eventsPerSecond), cpuCell(m.serverCpuMsPerEvent), cpuCell(m.postgresCpuMsPerEvent), m.senderCpuMsPerEvent.toFixed(2), m.load]),
      ),
    ].join("\n");
    return { section: { id: "webhook-latency", markdown }, result };
  } finally {
    for (const connection of connections) connection.close();
    await sql.end();
    await server.stop();
    await stripeApi.close();
  }
}
