// search_photos: the catalogue's own filters and full-text search, plus a colour and a place, in
// three queries whatever the number of hits (finding 43): the rows, then their images and prices.
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { formatMoney } from "../../../app/shared/money";
import { collections, photos } from "../../../db/schema/index";
import { materials, orientations } from "../../catalog/inputs";
import { cardColumns, cardsFor, photoFilterConditions } from "../../catalog/photos";
import { defineTool, toolText } from "./tool";

const MAX_PRICE = 100_000_00;

const input = z.strictObject({
  query: toolText(100).optional().describe("words to look for in titles, places, stories and tags, e.g. 'sunset lighthouse'"),
  colour: toolText(40).optional().describe("a colour or tone, e.g. 'pink', 'golden', 'blue'"),
  place: toolText(80).optional().describe("where the photo was made, e.g. 'Montauk'"),
  orientation: z.enum(orientations).optional(),
  material: z.enum(materials).optional().describe("only photos sold in this material"),
  maxPriceCents: z.number().int().min(0).max(MAX_PRICE).optional().describe("only photos with a print at or under this price, in cents"),
  minPriceCents: z.number().int().min(0).max(MAX_PRICE).optional(),
  limit: z.number().int().min(1).max(8).optional().describe("how many photos, 1 to 8 (default 6)"),
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function colourMatches(colour: string | undefined): SQL | undefined {
  if (!colour) return undefined;
  return or(
    sql`${photos.tags} && array[${sql.join(words(colour).map((w) => sql`${w}`), sql`, `)}]::text[]`,
    sql`${photos.searchVector} @@ plainto_tsquery('english', ${colour})`,
  );
}

function placeMatches(place: string | undefined): SQL | undefined {
  if (!place) return undefined;
  return or(ilike(photos.location, `%${escapeLike(place)}%`), sql`${photos.tags} @> array[${place.toLowerCase()}]::text[]`);
}

export const searchPhotos = defineTool({
  name: "search_photos",
  description: "Find photos in the shop's catalogue by words, colour, place, orientation, material and price. Returns up to 8 photos with their lowest price.",
  label: "Searching the prints",
  input,
  async run(ctx, filters) {
    const rank = filters.query ? sql`ts_rank(${photos.searchVector}, websearch_to_tsquery('english', ${filters.query}))` : undefined;
    const rows = await ctx.db
      .select(cardColumns)
      .from(photos)
      .leftJoin(collections, eq(collections.id, photos.collectionId))
      .where(
        and(
          photoFilterConditions({ q: filters.query, orientation: filters.orientation, material: filters.material, minPriceCents: filters.minPriceCents, maxPriceCents: filters.maxPriceCents }),
          colourMatches(filters.colour),
          placeMatches(filters.place),
        ),
      )
      .orderBy(...(rank ? [desc(rank)] : []), asc(photos.sortOrder), asc(photos.id))
      .limit(filters.limit ?? 6);
    const cards = await cardsFor(ctx.db, rows);
    return {
      data: {
        photos: cards.map((card) => ({
          slug: card.slug,
          title: card.title,
          location: card.location,
          orientation: card.orientation,
          fromPrice: card.fromPriceCents === null ? null : formatMoney(card.fromPriceCents),
          fromPriceCents: card.fromPriceCents,
        })),
      },
      display: { kind: "photos", photos: cards },
    };
  },
});
