// The mockup scene as the server accepts it (the shape is app/shared/wall/scene.ts): bounded numbers,
// at most 12 prints, ids of the right kind, so nothing odd reaches a query or the stored jsonb.
import { z } from "zod";
import { MAX_PRINTS_PER_SCENE, type MockupScene } from "../../app/shared/wall";

export const MIN_WALL_IN = 1;
export const MAX_WALL_IN = 600;
/** How far below the marked rectangle's bottom the floor line may be: a rectangle marked high on a tall wall. */
export const MAX_FLOOR_BELOW_IN = 120;

// z.number() already refuses NaN and ±Infinity; the bound keeps absurd coordinates out of the maths.
const coordinate = z.number().min(-1e6).max(1e6);
const point = z.object({ x: coordinate, y: coordinate });
const wallLength = (what: string) =>
  z
    .number()
    .min(MIN_WALL_IN, `${what} must be at least ${MIN_WALL_IN} in`)
    .max(MAX_WALL_IN, `${what} must be at most ${MAX_WALL_IN} in (50 ft)`);

const sceneWall = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sample"), roomId: z.string().regex(/^[a-z0-9-]{1,64}$/, "Not a sample room") }),
  z.object({ kind: z.literal("photo"), wallPhotoId: z.uuid() }),
]);

const placedPrint = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "A print id is letters, digits, _ and -"),
  variantId: z.number().int().positive().max(2_147_483_647),
  material: z.enum(["paper", "canvas", "metal"]),
  x: coordinate,
  y: coordinate,
  width: z.number().positive().max(MAX_WALL_IN),
  height: z.number().positive().max(MAX_WALL_IN),
});

export const mockupSceneSchema = z.object({
  wall: sceneWall,
  corners: z.tuple([point, point, point, point]).readonly(),
  widthIn: wallLength("The wall's width"),
  heightIn: wallLength("The wall's height"),
  floorY: z.number().nullable(),
  prints: z.array(placedPrint).max(MAX_PRINTS_PER_SCENE, `At most ${MAX_PRINTS_PER_SCENE} prints fit on one wall`),
}) satisfies z.ZodType<MockupScene>;

/** 22 base64url characters: what newMockupId makes (older or longer ids would still be 128 bits or more). */
export const mockupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, "Not a mockup id");
