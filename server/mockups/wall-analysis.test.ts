// The analyse_wall_photo job on a room drawn here: a painted wall, a sofa against it, a floor. Run
// through graphile-worker from the job the upload queued; real sharp, real storage, real Postgres.
import { eq } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { wallPhotos } from "../../db/schema/mockups";
import { createPhoto } from "../../test/factories";
import { testDatabase } from "../../test/database";
import { analyseWallPhoto as analyseWallPhotoTask } from "../../workers/tasks/analyse-wall-photo";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { createRateLimits } from "../rate-limits/rate-limits";
import { analyseWallPhoto } from "./wall-analysis";
import { storeWallPhoto } from "./wall-upload";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-wall-analysis-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent"), rateLimits: createRateLimits(database.db) };

const WALL = { r: 0xc9, g: 0xb7, b: 0x9c };
const SOFA_TOP = 480;
const FLOOR_TOP = 650;

/** 1600 × 1000: the wall (lit a little unevenly, as walls are), a sofa with cushions, a wooden floor. */
async function drawRoom(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="light" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#ccba9f"/><stop offset="1" stop-color="#c6b499"/></linearGradient></defs>
    <rect width="1600" height="${FLOOR_TOP}" fill="url(#light)"/>
    <rect y="${FLOOR_TOP}" width="1600" height="${1000 - FLOOR_TOP}" fill="#6b4f3a"/>
    <rect y="${FLOOR_TOP - 18}" width="1600" height="18" fill="#f2efe8"/>
    <rect x="430" y="${SOFA_TOP}" width="740" height="300" rx="30" fill="#3d5a80"/>
    <rect x="470" y="${SOFA_TOP + 30}" width="200" height="120" rx="20" fill="#98c1d9"/>
    <rect x="930" y="${SOFA_TOP + 30}" width="200" height="120" rx="20" fill="#ee6c4d"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

const runJobs = () => runOnce({ connectionString: database.url, taskList: { analyse_wall_photo: analyseWallPhotoTask(deps) }, logger: new WorkerLogger(() => () => {}) });
const rowOf = async (id: string) => (await database.db.select().from(wallPhotos).where(eq(wallPhotos.id, id)))[0]!;

describe("the wall analysis", () => {
  it("proposes a quad on the wall above the sofa, the wall's colour, and the featured photos first", async ({ annotate }) => {
    const plain = await createPhoto(database.db, { isFeatured: false });
    const featured = await createPhoto(database.db, { isFeatured: true });
    const uploaded = await storeWallPhoto(deps, { sessionId: "session-a", bytes: await drawRoom() });
    expect((await rowOf(uploaded.id)).status).toBe("uploaded");

    await runJobs();
    const row = await rowOf(uploaded.id);
    expect(row.status).toBe("ready");
    await annotate(`proposed: ${JSON.stringify(row.analysis!.corners)}, colour ${row.analysis!.wallColour}`);
    const [topLeft, topRight, bottomRight, bottomLeft] = row.analysis!.corners;
    expect([row.width, row.height]).toEqual([1600, 1000]);
    // Within the wall, clear of the sofa and the skirting, and most of the wall band above the sofa.
    for (const corner of row.analysis!.corners) {
      expect(corner.x).toBeGreaterThanOrEqual(0);
      expect(corner.x).toBeLessThanOrEqual(1600);
      expect(corner.y).toBeGreaterThanOrEqual(0);
      expect(corner.y).toBeLessThan(SOFA_TOP);
    }
    expect([topLeft!.y, bottomLeft!.x]).toEqual([topRight!.y, topLeft!.x]);
    expect([bottomRight!.x, bottomRight!.y]).toEqual([topRight!.x, bottomLeft!.y]);
    expect((topRight!.x - topLeft!.x) * (bottomLeft!.y - topLeft!.y)).toBeGreaterThan(0.6 * 1600 * SOFA_TOP);

    const colour = row.analysis!.wallColour;
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    expect(Math.abs(r! - WALL.r) + Math.abs(g! - WALL.g) + Math.abs(b! - WALL.b)).toBeLessThanOrEqual(15);
    expect(row.analysis!.suggestedPhotoIds.slice(0, 2)).toEqual([featured.id, plain.id]);
  });

  it("is safe to run twice: a ready photo is left as it is", async () => {
    const uploaded = await storeWallPhoto(deps, { sessionId: "session-b", bytes: await drawRoom() });
    await analyseWallPhoto(deps, uploaded.id);
    const ready = await rowOf(uploaded.id);
    await analyseWallPhoto(deps, uploaded.id);
    expect(await rowOf(uploaded.id)).toEqual(ready);
  });

  it("marks the photo failed, with a message for the shopper, when its analysis copy is unreadable", async () => {
    const uploaded = await storeWallPhoto(deps, { sessionId: "session-c", bytes: await drawRoom() });
    const { analysisKey } = await rowOf(uploaded.id);
    await deps.storage.put(analysisKey, Buffer.from("no longer an image"), "image/jpeg");
    await analyseWallPhoto(deps, uploaded.id);
    expect(await rowOf(uploaded.id)).toMatchObject({ status: "failed", analysis: null, error: expect.stringMatching(/place the four corners yourself/) });
  });

  it("does nothing for a photo that is gone", async () => {
    await expect(analyseWallPhoto(deps, "00000000-0000-4000-8000-000000000000")).resolves.toBeUndefined();
  });
});
