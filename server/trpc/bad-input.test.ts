// Every procedure of the public API, over HTTP as an outside developer calls it, given NUL and lone
// surrogates (JSON can carry both; Postgres text and jsonb refuse them) in each string it takes,
// and strings where it takes numbers: a 400, never a 500, and not one row written anywhere.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { appRouter } from "./root";

const database = await testDatabase();
const db = database.db;
const server = await startAppServer(db);
const photo = await createPhoto(db);

const address = { name: "Ada Lovelace", line1: "1 Harbour Road", city: "Montauk", postalCode: "11954", country: "US" };
/** A valid input for each procedure; each of its strings (and numbers) is spoiled in turn. */
const validInputs: Record<string, unknown> = {
  "catalog.listPhotos": { q: "sea", collection: "montauk-sunsets", cursor: "abc" },
  "catalog.photoBySlug": { slug: photo.slug },
  "catalog.listCollections": undefined,
  "cart.get": undefined,
  "cart.add": { variantId: 1, quantity: 1 },
  "cart.setQuantity": { itemId: 1, quantity: 2 },
  "cart.remove": { itemId: 1 },
  "cart.clear": undefined,
  "checkout.create": { email: "ada@example.com", newsletterOptIn: false, shippingAddress: { ...address, line2: "Flat 2", state: "NY" } },
  "orders.track": { number: "PR-2026-000001", email: "ada@example.com" },
  "giftCards.check": { code: "ABCD-EFGH-JKMN-PQRS" },
  "giftCards.applyToCart": { code: "ABCD-EFGH-JKMN-PQRS" },
  "giftCards.removeFromCart": undefined,
  "giftCards.appliedToCart": undefined,
  "newsletter.subscribe": { email: "ada@example.com", source: "footer" },
  "mockups.wallPhoto": { id: "8f14e45f-ceea-467f-a0e6-a1c2e3b4d5f6" },
  "mockups.save": { id: "AAAAAAAAAAAAAAAAAAAAAA", title: "Above the sofa" },
  // Its input is the body's bytes, not JSON: server/mockups/upload-attacks.test.ts spoils those.
  "mockups.uploadWallPhoto": undefined,
  "mockups.sampleRooms": undefined,
  "mockups.saveDraft": {
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    scene: {
      wall: { kind: "sample", roomId: "living-room" },
      corners: [{ x: 300, y: 170 }, { x: 2080, y: 250 }, { x: 2060, y: 1250 }, { x: 320, y: 1360 }],
      widthIn: 144,
      heightIn: 90,
      floorY: 96,
      prints: [{ id: "print-1", variantId: 1, material: "paper", x: 10, y: 10, width: 12, height: 8 }],
    },
  },
  "mockups.get": { id: "AAAAAAAAAAAAAAAAAAAAAA" },
  "mockups.listMine": undefined,
  "mockups.delete": { id: "AAAAAAAAAAAAAAAAAAAAAA" },
  "mockups.copy": { id: "AAAAAAAAAAAAAAAAAAAAAA" },
  "mockups.addToCart": { id: "AAAAAAAAAAAAAAAAAAAAAA" },
  "chat.start": undefined,
  "chat.send": { conversationId: "AAAAAAAAAAAAAAAAAAAAAA", text: "Sunset prints, please", wallPhotoId: "8f14e45f-ceea-467f-a0e6-a1c2e3b4d5f6" },
  "chat.history": { conversationId: "AAAAAAAAAAAAAAAAAAAAAA" },
  "chat.list": undefined,
};

/** Each way to spoil one leaf of an input: a string gets NUL or a lone surrogate, a number becomes text. */
function spoiled(input: unknown): unknown[] {
  if (typeof input === "string") return [`${input}\u0000`, `${input}\ud800`, `\udc00${input}`];
  if (typeof input === "number") return [`${input}\u0000`];
  if (typeof input !== "object" || input === null) return [];
  return Object.entries(input).flatMap(([key, value]) => spoiled(value).map((bad) => ({ ...input, [key]: bad })));
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema in ('public', 'graphile_worker') and table_name not like '%migrations%' and table_name <> 'rate_limits'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${name}`)))[0]!.n;
  return counts;
}

function call(path: string, type: string, input: unknown): Promise<Response> {
  const json = JSON.stringify(input);
  if (type === "query") return fetch(`${server.url}/api/trpc/${path}?input=${encodeURIComponent(json)}`);
  return fetch(`${server.url}/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: json });
}

// The back office's procedures answer an anonymous caller 401 before reading any input (server/admin/guard.test.ts).
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .map(([path, procedure]) => ({ path, type: procedure._def.type }))
  .filter(({ path }) => !path.startsWith("admin."));

describe("every procedure given what Postgres cannot store", () => {
  it("covers every procedure the router has", () => {
    expect(procedures.map((p) => p.path).sort()).toEqual(Object.keys(validInputs).sort());
  });

  it.each(procedures.filter(({ path }) => validInputs[path] !== undefined))("$path answers 400 for each spoiled field and writes nothing", async ({ path, type }) => {
    for (const input of spoiled(validInputs[path])) {
      const before = await rowCounts();
      const response = await call(path, type, input);
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(await rowCounts(), JSON.stringify(input)).toEqual(before);
    }
  });
});
