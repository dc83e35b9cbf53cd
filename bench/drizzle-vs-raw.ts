// The photo page's main query three ways: Drizzle's default (the SQL is rebuilt and sent unprepared
// on every call), Drizzle `.prepare()` with a placeholder, and raw postgres.js (prepared by default).
import { and, eq, sql as drizzleSql } from "drizzle-orm";
import { connect } from "../db/client";
import { collections, photos } from "../db/schema/index";
import { cardColumns } from "../server/catalog/photos";
import { loadAverage, measuredLine, table, type Section } from "./lib/report";

const CONCURRENCY = 10;

async function opsPerSecond(seconds: number, call: () => PromiseLike<unknown>): Promise<number> {
  const stopAt = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < stopAt) {
        await call();
        done++;
      }
    }),
  );
  return done / seconds;
}

export async function drizzleVsRaw(options: { databaseUrl: string; photoSlug: string; seconds?: number; rounds?: number }): Promise<{ section: Section; result: Record<string, number> }> {
  const seconds = options.seconds ?? 5;
  const rounds = options.rounds ?? 2;
  const { db, sql, close } = connect(options.databaseUrl, { max: CONCURRENCY });
  const slug = options.photoSlug;
  const columns = { ...cardColumns, story: photos.story, takenOn: photos.takenOn, tags: photos.tags };
  const prepared = db
    .select(columns)
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(and(eq(photos.slug, drizzleSql.placeholder("slug")), eq(photos.isActive, true)))
    .limit(1)
    .prepare("bench_photo_by_slug");
  const ways: Record<string, () => PromiseLike<readonly unknown[]>> = {
    "Drizzle, default (unprepared)": () =>
      db.select(columns).from(photos).leftJoin(collections, eq(collections.id, photos.collectionId)).where(and(eq(photos.slug, slug), eq(photos.isActive, true))).limit(1),
    "Drizzle, `.prepare()` + `sql.placeholder`": () => prepared.execute({ slug }),
    "postgres.js tagged template (prepared)": () => sql`
      select p.id, p.slug, p.title, p.location, p.orientation, p.aspect_ratio, p.sort_order,
             c.slug as collection_slug, c.title as collection_title, p.story, p.taken_on, p.tags
      from photos p left join collections c on c.id = p.collection_id
      where p.slug = ${slug} and p.is_active limit 1`,
  };
  try {
    for (const [name, call] of Object.entries(ways)) {
      const rows = await call();
      if (rows.length !== 1) throw new Error(`${name} found ${rows.length} rows for ${slug}`);
      await opsPerSecond(1, call);
    }
    const measured: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, call] of Object.entries(ways)) measured[name]!.push(await opsPerSecond(seconds, call));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const result = Object.fromEntries(Object.entries(measured).map(([k, v]) => [k, mean(v)]));
    const raw = result["postgres.js tagged template (prepared)"]!;
    const markdown = [
      "## Drizzle against raw postgres.js",
      "",
      measuredLine(`load average during: ${loadAverage()}`),
      "",
      `The photo page's main query (the photo and its collection by slug), called in a loop by ${CONCURRENCY} concurrent callers on a pool of ${CONCURRENCY} connections for ${seconds} s, ${rounds} alternating rounds; one Node process and Postgres on the same machine. Drizzle's default postgres.js path builds the SQL string on every call and sends it with \`prepare: false\`, so Postgres parses and plans it every time; \`.prepare(name)\` builds it once and lets postgres.js keep a prepared statement on each connection.`,
      "",
      table(
        ["way", "queries/s", "× raw", "rounds"],
        Object.entries(measured).map(([name, values]) => [name, result[name]!.toFixed(0), (result[name]! / raw).toFixed(2), values.map((v) => v.toFixed(0)).join(", ")]),
      ),
    ].join("\n");
    return { section: { id: "drizzle-vs-raw", markdown }, result };
  } finally {
    await close();
  }
}
