// A mockup as its share link and hanging guide show it: the composite, and each print with its
// photo, size, material and price as the catalogue has them now. A draft is its owner's alone.
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { photos, printVariants } from "../../db/schema/catalog";
import { mockups, sampleRooms, wallPhotos } from "../../db/schema/mockups";
import type { MockupScene, PlacedPrint } from "../../app/shared/wall/index";
import { gone, notFound } from "../errors";
import { mediaUrl } from "../catalog/images";
import { COMPOSITE_EDGE } from "./composite-image";

export type SharedPrint = PlacedPrint & { photoTitle: string; photoSlug: string; priceCents: number };

export type SharedMockup = {
  id: string;
  title: string | null;
  status: "draft" | "saved";
  isOwner: boolean;
  compositeUrl: string | null;
  /** the composite's size, for the page to reserve its space */
  compositeSize: { width: number; height: number } | null;
  floorY: number | null;
  prints: SharedPrint[];
  totalCents: number;
};

export const DELETED_MOCKUP_MESSAGE = "This mockup was deleted by its owner";

/** The composite's pixel size, from its wall's: the wall scaled to fit COMPOSITE_EDGE, never enlarged. */
async function compositeSizeOf(db: Db, wall: MockupScene["wall"]): Promise<{ width: number; height: number } | null> {
  const [size] =
    wall.kind === "sample"
      ? await db.select({ width: sampleRooms.width, height: sampleRooms.height }).from(sampleRooms).where(eq(sampleRooms.id, wall.roomId))
      : await db.select({ width: wallPhotos.width, height: wallPhotos.height }).from(wallPhotos).where(eq(wallPhotos.id, wall.wallPhotoId));
  if (!size) return null;
  const scale = Math.min(1, COMPOSITE_EDGE / Math.max(size.width, size.height));
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

export async function sharedMockup(db: Db, input: { id: string; sessionId: string | null }): Promise<SharedMockup> {
  const [row] = await db.select().from(mockups).where(eq(mockups.id, input.id));
  if (!row) throw notFound("No mockup at this address");
  const isOwner = input.sessionId !== null && row.sessionId === input.sessionId;
  if (row.status === "deleted") throw gone(DELETED_MOCKUP_MESSAGE);
  // Another session gets the same answer as a missing id, so a draft's existence does not leak.
  if (row.status === "draft" && !isOwner) throw notFound("No mockup at this address");
  const variantIds = [...new Set(row.scene.prints.map((p) => p.variantId))];
  const variants =
    variantIds.length === 0
      ? []
      : await db
          .select({ id: printVariants.id, priceCents: printVariants.priceCents, title: photos.title, slug: photos.slug })
          .from(printVariants)
          .innerJoin(photos, eq(photos.id, printVariants.photoId))
          .where(inArray(printVariants.id, variantIds));
  const byId = new Map(variants.map((v) => [v.id, v]));
  const prints = row.scene.prints.flatMap((print) => {
    const variant = byId.get(print.variantId);
    return variant ? [{ ...print, photoTitle: variant.title, photoSlug: variant.slug, priceCents: variant.priceCents }] : [];
  });
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    isOwner,
    compositeUrl: row.compositeKey ? mediaUrl(row.compositeKey) : null,
    compositeSize: row.compositeKey ? await compositeSizeOf(db, row.scene.wall) : null,
    floorY: row.scene.floorY,
    prints,
    totalCents: prints.reduce((sum, p) => sum + p.priceCents, 0),
  };
}
