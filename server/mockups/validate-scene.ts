// Checks a scene against the database before it is stored: the wall is a sample room or this
// session's own analysed photo (or one a saved mockup keeps, for a copy), the corners make a wall plane inside the image, and every print is
// a variant on sale at its own size and material, hanging inside the marked rectangle.
import { and, eq, inArray, or } from "drizzle-orm";
import { WallGeometryError, wallPlaneOfSize, withinWall, type MockupScene, type WallPlane } from "../../app/shared/wall";
import type { DbOrTx } from "../../db/client";
import { photos, printVariants, sampleRooms, wallPhotos } from "../../db/schema/index";
import { badInput } from "../errors";
import { MAX_FLOOR_BELOW_IN } from "./scene-schema";

/** Corners may sit this far outside the image (a share of its size): a handle dragged just past the edge. */
const CORNER_MARGIN = 0.05;
const SIZE_TOLERANCE_IN = 0.01;

export type SceneWallImage = { imageKey: string; width: number; height: number };
export type SceneVariant = { id: number; photoId: number; material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number; priceCents: number };
export type ValidatedScene = { scene: MockupScene; wallImage: SceneWallImage; plane: WallPlane; variants: Map<number, SceneVariant> };

async function wallImageOf(db: DbOrTx, scene: MockupScene, sessionId: string): Promise<SceneWallImage> {
  if (scene.wall.kind === "sample") {
    const [room] = await db.select({ imageKey: sampleRooms.imageKey, width: sampleRooms.width, height: sampleRooms.height }).from(sampleRooms).where(eq(sampleRooms.id, scene.wall.roomId));
    if (!room) throw badInput("That sample room does not exist.", "wall");
    return room;
  }
  const [photo] = await db
    .select({ imageKey: wallPhotos.imageKey, width: wallPhotos.width, height: wallPhotos.height, status: wallPhotos.status })
    .from(wallPhotos)
    // A photo a saved mockup hangs prints on may carry a visitor's copy of it ("Edit a copy");
    // any other photo of another session's reads exactly as a missing one.
    .where(and(eq(wallPhotos.id, scene.wall.wallPhotoId), or(eq(wallPhotos.sessionId, sessionId), eq(wallPhotos.saved, true))));
  if (!photo) throw badInput("That wall photo does not exist; upload it again.", "wall");
  if (photo.status !== "ready") throw badInput("That wall photo is not ready yet; wait for its analysis to finish.", "wall");
  return photo;
}

function planeOf(scene: MockupScene, image: SceneWallImage): WallPlane {
  const [mx, my] = [image.width * CORNER_MARGIN, image.height * CORNER_MARGIN];
  for (const c of scene.corners) {
    if (!(Number.isFinite(c.x) && Number.isFinite(c.y)) || c.x < -mx || c.y < -my || c.x > image.width + mx || c.y > image.height + my) {
      throw badInput("Every corner must lie on the wall photo.", "corners");
    }
  }
  try {
    return wallPlaneOfSize(scene.corners, scene.widthIn, scene.heightIn);
  } catch (error) {
    if (error instanceof WallGeometryError) throw badInput(error.message, "corners");
    throw error;
  }
}

async function variantsOf(db: DbOrTx, scene: MockupScene): Promise<Map<number, SceneVariant>> {
  const ids = [...new Set(scene.prints.map((p) => p.variantId))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: printVariants.id, photoId: printVariants.photoId, material: printVariants.material, widthIn: printVariants.widthIn, heightIn: printVariants.heightIn, priceCents: printVariants.priceCents })
    .from(printVariants)
    .innerJoin(photos, eq(photos.id, printVariants.photoId))
    .where(and(inArray(printVariants.id, ids), eq(printVariants.isActive, true), eq(photos.isActive, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

const near = (a: number, b: number) => Math.abs(a - b) <= SIZE_TOLERANCE_IN;

function checkPrints(scene: MockupScene, variants: Map<number, SceneVariant>): void {
  const wall = { x: 0, y: 0, width: scene.widthIn, height: scene.heightIn };
  for (const [i, print] of scene.prints.entries()) {
    const field = `prints.${i}`;
    const variant = variants.get(print.variantId);
    if (!variant) throw badInput("One of the prints is no longer for sale; remove it or pick another size.", field);
    if (variant.material !== print.material) throw badInput("A print's material does not match its size's.", field);
    const asSold = near(print.width, variant.widthIn) && near(print.height, variant.heightIn);
    const turned = near(print.width, variant.heightIn) && near(print.height, variant.widthIn);
    if (!asSold && !turned) throw badInput(`A print is not at its sold size of ${variant.widthIn} × ${variant.heightIn} in.`, field);
    if (!withinWall(print, wall)) throw badInput("Every print must hang inside the marked wall.", field);
  }
}

/** Throws a BadInput naming the field for the first rule the scene breaks; returns what saving and rendering need. */
export async function validateScene(db: DbOrTx, scene: MockupScene, sessionId: string): Promise<ValidatedScene> {
  if (scene.floorY !== null && !(scene.floorY >= scene.heightIn && scene.floorY <= scene.heightIn + MAX_FLOOR_BELOW_IN)) {
    throw badInput(`The floor line must be at the marked wall's bottom or up to ${MAX_FLOOR_BELOW_IN} in below it.`, "floorY");
  }
  const wallImage = await wallImageOf(db, scene, sessionId);
  const plane = planeOf(scene, wallImage);
  const variants = await variantsOf(db, scene);
  checkPrints(scene, variants);
  return { scene, wallImage, plane, variants };
}
