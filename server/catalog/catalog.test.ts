import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto } from "../../test/factories";
import type { AppRouter } from "../trpc/root";
import { encodeCursor } from "./cursor";

const database = await testDatabase();
const server = await startAppServer(database.db);
const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/api/trpc` })] });

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The raw HTTP status of a query, as an outside client without @trpc/client would see it. */
async function statusOf(procedure: string, input: unknown): Promise<number> {
  const response = await fetch(`${server.url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  await response.body?.cancel();
  return response.status;
}

let seascapes: Awaited<ReturnType<typeof createCollection>>;
let cities: Awaited<ReturnType<typeof createCollection>>;

beforeAll(async () => {
  const db = database.db;
  seascapes = await createCollection(db, { slug: "seascapes", title: "Seascapes", sortOrder: 1 });
  cities = await createCollection(db, { slug: "cities", title: "Cities", sortOrder: 2 });
  await createCollection(db, { slug: "retired", title: "Retired", isActive: false, sortOrder: 3 });
  await createPhoto(db, { slug: "montauk-lighthouse", title: "Montauk Lighthouse", collectionId: seascapes.id, location: "Montauk, New York", story: "Fog rolled in over the point at dawn.", tags: ["fog", "coast"], orientation: "portrait", isFeatured: true, sortOrder: 1 }, [
    { material: "paper", widthIn: 8, heightIn: 10, priceCents: 4500 },
    { material: "metal", widthIn: 24, heightIn: 36, priceCents: 60000 },
  ]);
  await createPhoto(db, { slug: "harbor-dusk", title: "Harbor at Dusk", collectionId: seascapes.id, location: "Portland, Maine", story: "Lobster boats came home under a violet sky.", tags: ["boats"], orientation: "landscape", sortOrder: 2 }, [
    { material: "canvas", widthIn: 16, heightIn: 20, priceCents: 15000 },
  ]);
  await createPhoto(db, { slug: "manhattan-rain", title: "Manhattan Rain", collectionId: cities.id, location: "New York City", story: "Taxis reflected in puddles on Fifth Avenue.", tags: ["street", "night"], orientation: "landscape", sortOrder: 3 }, [
    { material: "paper", widthIn: 16, heightIn: 20, priceCents: 9500 },
    { material: "metal", widthIn: 40, heightIn: 60, priceCents: 120000, isActive: false },
  ]);
  await createPhoto(db, { slug: "square-window", title: "Square Window", collectionId: cities.id, location: "Chicago", story: "A single lit window.", tags: ["architecture"], orientation: "square", sortOrder: 4 }, [
    { material: "metal", widthIn: 20, heightIn: 20, priceCents: 30000 },
  ]);
  await createPhoto(db, { slug: "hidden-draft", title: "Hidden Draft Lighthouse", collectionId: seascapes.id, isActive: false, tags: ["fog"], sortOrder: 5 });
});

const slugsOf = (result: { items: { slug: string }[] }) => result.items.map((p) => p.slug);

describe("catalog.listPhotos filters", () => {
  it("lists active photos in catalogue order with their lowest active price", async () => {
    const result = await client.catalog.listPhotos.query({});
    expect(slugsOf(result)).toEqual(["montauk-lighthouse", "harbor-dusk", "manhattan-rain", "square-window"]);
    expect(result.nextCursor).toBeNull();
    const rain = result.items.find((p) => p.slug === "manhattan-rain");
    expect(rain).toMatchObject({ fromPriceCents: 9500, collection: { slug: "cities", title: "Cities" }, orientation: "landscape" });
  });

  it("filters by collection", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ collection: "cities" }))).toEqual(["manhattan-rain", "square-window"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ collection: "no-such-collection" }))).toEqual([]);
  });

  it("filters by orientation", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ orientation: "portrait" }))).toEqual(["montauk-lighthouse"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ orientation: "square" }))).toEqual(["square-window"]);
  });

  it("filters by material, ignoring inactive variants", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ material: "metal" }))).toEqual(["montauk-lighthouse", "square-window"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ material: "canvas" }))).toEqual(["harbor-dusk"]);
  });

  it("filters by a price range, and by material and price on the same variant", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ minPriceCents: 10000, maxPriceCents: 40000 }))).toEqual(["harbor-dusk", "square-window"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ maxPriceCents: 5000 }))).toEqual(["montauk-lighthouse"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ minPriceCents: 100000 }))).toEqual([]);
    expect(slugsOf(await client.catalog.listPhotos.query({ material: "metal", maxPriceCents: 50000 }))).toEqual(["square-window"]);
  });

  it("searches title, story, location and tags", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "lighthouse" }))).toEqual(["montauk-lighthouse"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "puddles" }))).toEqual(["manhattan-rain"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "Maine" }))).toEqual(["harbor-dusk"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "architecture" }))).toEqual(["square-window"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "FOG" }))).toEqual(["montauk-lighthouse"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "street night" }))).toEqual(["manhattan-rain"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ q: "zeppelin" }))).toEqual([]);
  });

  it("combines filters", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ collection: "seascapes", orientation: "landscape", material: "canvas" }))).toEqual(["harbor-dusk"]);
    expect(slugsOf(await client.catalog.listPhotos.query({ collection: "cities", q: "lighthouse" }))).toEqual([]);
  });

  it("takes search text with operators and quotes as plain words, never as an error", async () => {
    for (const q of ['"fog', "fog & | ! ( ) :*", "-", "or", "'; drop table photos; --", "the"]) {
      const result = await client.catalog.listPhotos.query({ q });
      expect(Array.isArray(result.items)).toBe(true);
    }
  });
});

describe("catalog.listPhotos paging", () => {
  it("counts the list and says where each page starts, with the previous page's cursor", async () => {
    const first = await client.catalog.listPhotos.query({ limit: 3 });
    expect([first.total, first.offset, first.previousCursor]).toEqual([4, 0, null]);
    const second = await client.catalog.listPhotos.query({ limit: 3, cursor: first.nextCursor! });
    expect([second.total, second.offset]).toEqual([4, 3]);
    // "" is the first page, which needs no cursor.
    expect(second.previousCursor).toBe("");
  });

  it("sorts newest first and by the lowest matching price, and pages within that order", async () => {
    expect(slugsOf(await client.catalog.listPhotos.query({ sort: "newest" }))).toEqual(["square-window", "manhattan-rain", "harbor-dusk", "montauk-lighthouse"]);
    const cheapestFirst = await client.catalog.listPhotos.query({ sort: "price-asc" });
    const prices = cheapestFirst.items.map((p) => p.fromPriceCents!);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.catalog.listPhotos.query({ sort: "price-desc", limit: 1, cursor });
      seen.push(...slugsOf(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(slugsOf(cheapestFirst).reverse());
  });

  it("refuses a cursor made for another sort as a page link that is not valid", async () => {
    const page = await client.catalog.listPhotos.query({ limit: 1, sort: "newest" });
    const error = await rejection(client.catalog.listPhotos.query({ limit: 1, sort: "price-asc", cursor: page.nextCursor! }));
    expect(error.data?.code).toBe("BAD_REQUEST");
  });

  it("walks every page with the cursor, each photo exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.catalog.listPhotos.query({ limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...slugsOf(page));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(seen).toEqual(["montauk-lighthouse", "harbor-dusk", "manhattan-rain", "square-window"]);
  });

  it("keeps its place when photos share a sort order", async () => {
    const db = database.db;
    const tied = await createCollection(db, { slug: "tied" });
    for (const slug of ["tie-a", "tie-b", "tie-c", "tie-d", "tie-e"]) await createPhoto(db, { slug, collectionId: tied.id, sortOrder: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.catalog.listPhotos.query({ collection: "tied", limit: 2, cursor });
      seen.push(...slugsOf(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["tie-a", "tie-b", "tie-c", "tie-d", "tie-e"]);
  });

  it("ends with a null cursor when the last page is exactly full", async () => {
    const page = await client.catalog.listPhotos.query({ collection: "cities", limit: 2 });
    expect(slugsOf(page)).toEqual(["manhattan-rain", "square-window"]);
    expect(page.nextCursor).toBeNull();
  });
});

describe("catalog.photoBySlug", () => {
  it("returns the photo with its active variants, cheapest first within a material", async () => {
    const photo = await client.catalog.photoBySlug.query({ slug: "montauk-lighthouse" });
    expect(photo).toMatchObject({
      slug: "montauk-lighthouse",
      title: "Montauk Lighthouse",
      story: "Fog rolled in over the point at dawn.",
      location: "Montauk, New York",
      tags: ["fog", "coast"],
      collection: { slug: "seascapes", title: "Seascapes" },
      fromPriceCents: 4500,
    });
    expect(photo.variants.map((v) => [v.material, v.widthIn, v.heightIn, v.priceCents])).toEqual([
      ["paper", 8, 10, 4500],
      ["metal", 24, 36, 60000],
    ]);
    const rain = await client.catalog.photoBySlug.query({ slug: "manhattan-rain" });
    expect(rain.variants.map((v) => v.material)).toEqual(["paper"]);
  });

  it("answers NOT_FOUND (404) for an unknown or inactive slug", async () => {
    for (const slug of ["no-such-photo", "hidden-draft"]) {
      const error = await rejection(client.catalog.photoBySlug.query({ slug }));
      expect(error.data?.code).toBe("NOT_FOUND");
      expect(error.data?.httpStatus).toBe(404);
      expect(error.message).toBe(`No photo called "${slug}"`);
      expect(await statusOf("catalog.photoBySlug", { slug })).toBe(404);
    }
  });

  it("answers BAD_REQUEST (400) for something that is not a slug", async () => {
    const error = await rejection(client.catalog.photoBySlug.query({ slug: "Not A Slug!" }));
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("must be a slug like 'montauk-sunset'");
    expect(error.data?.zodIssues?.fieldErrors).toHaveProperty("slug");
    expect(await statusOf("catalog.photoBySlug", { slug: "../etc/passwd" })).toBe(400);
    expect(await statusOf("catalog.photoBySlug", {})).toBe(400);
  });
});

describe("catalog.listCollections", () => {
  it("lists active collections with their count of active photos and a cover", async () => {
    const list = await client.catalog.listCollections.query();
    const bySlug = new Map(list.map((c) => [c.slug, c]));
    expect(list.map((c) => c.slug)).toEqual(expect.arrayContaining(["seascapes", "cities"]));
    expect(bySlug.has("retired")).toBe(false);
    expect(bySlug.get("seascapes")).toMatchObject({ title: "Seascapes", photoCount: 2, coverPhotoSlug: "montauk-lighthouse" });
    expect(bySlug.get("cities")).toMatchObject({ photoCount: 2, coverPhotoSlug: "manhattan-rain" });
  });
});

describe("bad input to catalog.listPhotos is a clear 400, never a 500", () => {
  const badInputs: [string, Record<string, unknown>, RegExp][] = [
    ["a negative limit", { limit: -1 }, /limit/],
    ["a zero limit", { limit: 0 }, /limit/],
    ["a limit of 1000", { limit: 1000 }, /limit/],
    ["a fractional limit", { limit: 2.5 }, /limit/],
    ["a limit that is a string", { limit: "ten" }, /limit/],
    ["an unknown orientation", { orientation: "diagonal" }, /orientation/],
    ["an unknown material", { material: "wood" }, /material/],
    ["a negative price", { minPriceCents: -5 }, /minPriceCents/],
    ["a price in dollars with cents", { maxPriceCents: 45.5 }, /maxPriceCents/],
    ["a collection that is not a slug", { collection: "Sea Scapes" }, /collection/],
    ["search text past 100 characters", { q: "x".repeat(101) }, /q/],
    ["an unknown sort", { sort: "random" }, /sort/],
    ["an unknown size class", { size: "huge" }, /size/],
  ];

  for (const [what, input, field] of badInputs) {
    it(`rejects ${what}`, async () => {
      const error = await rejection(client.catalog.listPhotos.query(input as never));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.data?.httpStatus).toBe(400);
      expect(error.message).toMatch(/^Invalid input: /);
      expect(error.message).toMatch(field);
      expect(await statusOf("catalog.listPhotos", input)).toBe(400);
    });
  }

  const badCursors: [string, string][] = [
    ["garbage", "not-a-cursor!!"],
    ["valid base64 of something else", Buffer.from("hello").toString("base64url")],
    ["a cursor of the wrong shape", Buffer.from(JSON.stringify({ s: "x", i: -1 })).toString("base64url")],
    ["a cursor with numbers past any database integer", Buffer.from(JSON.stringify({ s: 2 ** 40, i: 2 ** 40 })).toString("base64url")],
    ["a cursor with a non-integer", encodeCursor({ sort: "featured", key: 1.5, id: 2 })],
    ["a cursor of the old shape", Buffer.from(JSON.stringify({ s: 1, i: 2 })).toString("base64url")],
  ];

  for (const [what, cursor] of badCursors) {
    it(`rejects ${what} as a page link`, async () => {
      const error = await rejection(client.catalog.listPhotos.query({ cursor }));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.message).toBe("That page link is not valid; start again from the first page.");
      expect(await statusOf("catalog.listPhotos", { cursor })).toBe(400);
    });
  }

  it("rejects search text with a NUL character instead of failing in the database", async () => {
    const error = await rejection(client.catalog.listPhotos.query({ q: "fog\u0000" }));
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(await statusOf("catalog.listPhotos", { q: "a\u0000b" })).toBe(400);
  });

  it("rejects input that is not JSON", async () => {
    const response = await fetch(`${server.url}/api/trpc/catalog.listPhotos?input=%7Bnot-json`);
    expect(response.status).toBe(400);
  });
});
