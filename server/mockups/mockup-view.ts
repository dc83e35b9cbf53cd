// What `mockups.get` answers: the scene, and each print with its photo and today's database price.
import { eq, inArray, sql } from "drizzle-orm";
import type { MockupScene, PrintMaterial } from "../../app/shared/wall";
import type { DbOrTx } from "../../db/client";
import { photos, printVariants, sampleRooms, wallPhotos } from "../../db/schema/index";
import { mediaUrl } from "../catalog/images";
import { visibleMockup } from "./mockup-access";

export type MockupPrintView = {
  /** the print's id in the scene */
  id: string;
  variantId: number;
  photoTitle: string;
  photoSlug: string;
  material: PrintMaterial;
  widthIn: number;
  heightIn: number;
  priceCents: number;
  thumbnailUrl: string | null;
};

export type MockupView = {
  id: string;
  status: "draft" | "saved";
  isOwner: boolean;
  scene: MockupScene;
  title: string | null;
  compositeUrl: string | null;
  /** the wall's image, for a visitor editing a copy of a wall that is not theirs */
  wallImage: { url: string; width: number; height: number } | null;
  prints: MockupPrintView[];
  totalCents: number;
};

/** The smallest JPEG still sharp at 80 px on a 2× screen, as the cart picks it. */
const THUMBNAIL_MIN_WIDTH = 160;

async function printsOf(db: DbOrTx, scene: MockupScene): Promise<MockupPrintView[]> {
  const ids = [...new Set(scene.prints.map((p) => p.variantId))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      variantId: printVariants.id,
      material: printVariants.material,
      widthIn: printVariants.widthIn,
      heightIn: printVariants.heightIn,
      priceCents: printVariants.priceCents,
      photoTitle: photos.title,
      photoSlug: photos.slug,
      thumbnailKey: sql<string | null>`(
        select pi.storage_key from photo_images pi
        where pi.photo_id = ${photos.id} and pi.format = 'jpeg'
        order by pi.kind = 'original', pi.width < ${sql.raw(String(THUMBNAIL_MIN_WIDTH))}, pi.width
        limit 1)`,
    })
    .from(printVariants)
    .innerJoin(photos, eq(photos.id, printVariants.photoId))
    .where(inArray(printVariants.id, ids));
  const byId = new Map(rows.map((r) => [r.variantId, r]));
  return scene.prints.flatMap((print) => {
    const row = byId.get(print.variantId);
    if (!row) return [];
    const { thumbnailKey, ...rest } = row;
    return [{ id: print.id, ...rest, thumbnailUrl: thumbnailKey ? mediaUrl(thumbnailKey) : null }];
  });
}

async function wallImageOf(db: DbOrTx, scene: MockupScene): Promise<MockupView["wallImage"]> {
  const [row] =
    scene.wall.kind === "sample"
      ? await db.select({ key: sampleRooms.imageKey, width: sampleRooms.width, height: sampleRooms.height }).from(sampleRooms).where(eq(sampleRooms.id, scene.wall.roomId))
      : await db.select({ key: wallPhotos.imageKey, width: wallPhotos.width, height: wallPhotos.height }).from(wallPhotos).where(eq(wallPhotos.id, scene.wall.wallPhotoId));
  return row ? { url: mediaUrl(row.key), width: row.width, height: row.height } : null;
}

export async function getMockup(db: DbOrTx, input: { id: string; sessionId: string | null }): Promise<MockupView> {
  const row = await visibleMockup(db, input.id, input.sessionId);
  const [prints, wallImage] = await Promise.all([printsOf(db, row.scene), wallImageOf(db, row.scene)]);
  return {
    id: row.id,
    status: row.status as "draft" | "saved",
    isOwner: row.isOwner,
    scene: row.scene,
    title: row.title,
    compositeUrl: row.compositeKey ? mediaUrl(row.compositeKey) : null,
    wallImage,
    prints,
    totalCents: prints.reduce((sum, p) => sum + p.priceCents, 0),
  };
}
