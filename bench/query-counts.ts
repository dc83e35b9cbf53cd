// SQL statements per request: the app runs in this process on a postgres.js pool whose `debug`
// hook counts every query, and requests are sent one at a time, so each count is exact.
import type { ServerBuild } from "@remix-run/node";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect } from "../db/client";
import { createApp } from "../server/app";
import { loadEnv } from "../server/env";
import { createPayments } from "../server/integrations/payments/index";
import { createLogger } from "../server/log";
import { measuredLine, table, target, verdict, type Section } from "./lib/report";
import { productionEnv, type SeededPages } from "./lib/server";

const CART_SIZES = [1, 5, 50];

export type QueryCountResult = { pages: { request: string; queries: number }[]; cartReadCounts: number[] };

export async function queryCounts(options: { appDir: string; dataDir: string; databaseUrl: string; seeded: SeededPages }): Promise<{ section: Section; result: QueryCountResult }> {
  let count = 0;
  const statements: string[] = [];
  const database = connect(options.databaseUrl, {
    max: 4,
    onQuery: (query) => {
      count++;
      statements.push(query);
    },
  });
  // Counted are the queries of a render: kept pages would answer the second request with none.
  const env = loadEnv({ ...productionEnv({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, port: 0 }), BENCH_ROUTES: "on", PAGE_CACHE: "off" });
  const build = (await import(pathToFileURL(path.join(options.appDir, "build/index.js")).href)) as ServerBuild;
  const app = createApp({ env, db: database.db, log: createLogger("silent"), payments: createPayments(env), remixBuild: build });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function counted(url: string, init: RequestInit = {}): Promise<{ queries: number; response: Response; sql: string[] }> {
    count = 0;
    statements.length = 0;
    const response = await fetch(`${base}${url}`, init);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}`);
    return { queries: count, response, sql: [...statements] };
  }

  const pages: { request: string; queries: number }[] = [];
  const record = async (label: string, url: string, init?: RequestInit) => {
    const { queries } = await counted(url, init);
    pages.push({ request: label, queries });
    return queries;
  };

  try {
    const { photoSlug, collectionSlug, variantIds } = options.seeded;
    // First requests prepare statements and fill caches; the counts are of the second, steady-state load.
    for (const url of ["/", "/photos", `/photos/${photoSlug}`, `/collections/${collectionSlug}`]) await counted(url);

    await record("`GET /bench/minimal` (baseline)", "/bench/minimal");
    await record("`GET /`", "/");
    await record("`GET /collections`", "/collections");
    await record("`GET /collections/:slug`", `/collections/${collectionSlug}`);
    await record("`GET /photos`", "/photos");
    await record("`GET /photos?q=sea&material=canvas`", "/photos?q=sea&material=canvas");
    await record("`GET /photos/:slug`", `/photos/${photoSlug}`);
    await record("`GET /book`", "/book");
    await record("`GET /cart` (no session)", "/cart");

    if (variantIds.length < Math.max(...CART_SIZES)) throw new Error(`the seed has only ${variantIds.length} print variants`);
    const cartReadCounts: number[] = [];
    for (const size of CART_SIZES) {
      let cookie = "";
      let addQueries = 0;
      for (const variantId of variantIds.slice(0, size)) {
        const added = await counted("/api/trpc/cart.add", {
          method: "POST",
          headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ variantId, quantity: 1 }),
        });
        addQueries = added.queries;
        const setCookie = added.response.headers.get("set-cookie");
        if (setCookie) cookie = setCookie.split(";")[0]!;
      }
      const withCookie = { headers: { cookie } };
      const read = await record(`tRPC \`cart.get\`, ${size} item${size > 1 ? "s" : ""}`, "/api/trpc/cart.get", withCookie);
      cartReadCounts.push(read);
      await record(`\`GET /cart\`, ${size} item${size > 1 ? "s" : ""}`, "/cart", withCookie);
      await record(`\`GET /photos/:slug\` with a cart of ${size}`, `/photos/${photoSlug}`, withCookie);
      pages.push({ request: `tRPC \`cart.add\` (the ${size}${size === 1 ? "st" : "th"} item)`, queries: addQueries });
    }

    const constant = target(new Set(cartReadCounts).size === 1, "target: the same count at 1, 5 and 50 items");
    const markdown = [
      "## SQL queries per request",
      "",
      measuredLine(),
      "",
      "Every statement the app sends to Postgres while answering one request (postgres.js `debug` hook on the app's pool, requests one at a time, after one warm-up load of each page). A `BEGIN`/`COMMIT` counts as a statement. Remix runs the root loader (the header's cart) and the page's loader in parallel, so these are not round-trips in sequence.",
      "",
      `Cart reads cost ${cartReadCounts.join(", ")} queries at ${CART_SIZES.join(", ")} items — ${verdict(constant)}.`,
      "",
      table(["request", "queries"], pages.map((p) => [p.request, p.queries])),
    ].join("\n");
    return { section: { id: "query-counts", markdown }, result: { pages, cartReadCounts } };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await database.close();
  }
}
