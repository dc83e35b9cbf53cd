// Uploads that are accepted: what is stored is only our own re-encoded JPEG, upright, with no
// metadata and no payload, under a key we made; the row and its analysis job exist together.
import exifr from "exifr";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { rateLimits } from "../../db/schema/rate-limits";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import * as fixtures from "./upload-fixtures";
import { healthy, storedKeys, uploadWallPhoto, wallPhotoQuery } from "./upload-client";

const database = await testDatabase();
const server = await startAppServer(database.db);
beforeEach(() => database.db.delete(rateLimits));

const keyPattern = /^walls\/[0-9a-f-]{36}\/(wall|analysis)-[0-9a-f]{16}\.jpg$/;

/** Uploads `bytes` and returns the id and the stored files' bytes, checking the common promises. */
async function acceptedUpload(bytes: Uint8Array, headers?: Record<string, string>, query?: string) {
  const before = new Set(await storedKeys(server));
  const answer = await uploadWallPhoto(server, bytes, { headers, query });
  expect(answer.status, answer.text).toBe(200);
  const id = answer.json.result!.data.id as string;
  const keys = (await storedKeys(server)).filter((key) => !before.has(key));
  expect(keys).toHaveLength(2);
  for (const key of keys) expect(key).toMatch(keyPattern);
  expect(keys.every((key) => key.startsWith(`walls/${id}/`))).toBe(true);
  const files = await Promise.all(keys.map((key) => readFile(path.join(server.env.DATA_DIR, "uploads", key))));
  for (const file of files) expect((await sharp(file).metadata()).format).toBe("jpeg");
  expect(await healthy(server)).toBe(200);
  return { id, answer, keys, files };
}

describe("an accepted wall photo", () => {
  it("is stored as two JPEGs of ours, read back by its owner, with its analysis job queued", async () => {
    const large = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#c8b8a0" } }).jpeg().toBuffer();
    const { id, answer, keys } = await acceptedUpload(large);
    expect(answer.json.result!.data).toEqual({ id, status: "uploaded", width: 2560, height: 1920 });
    const sizes = await Promise.all(keys.map(async (key) => (await sharp(path.join(server.env.DATA_DIR, "uploads", key)).metadata()).width));
    expect(sizes.sort()).toEqual([1568, 2560]);
    expect(await queuedJobs(database.db, { task: "analyse_wall_photo" })).toContainEqual(expect.objectContaining({ key: `analyse_wall_photo:${id}`, payload: { wallPhotoId: id } }));

    const read = await wallPhotoQuery(server, id, answer.cookie);
    expect(read.json.result!.data).toMatchObject({ id, status: "uploaded", width: 2560, height: 1920, analysis: null, error: null });
    const media = await fetch(`${server.url}${read.json.result!.data.imageUrl as string}`);
    expect(media.status).toBe(200);
    expect(media.headers.get("content-type")).toBe("image/jpeg");
    expect(media.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps no EXIF: no GPS, no camera serial, no copyright, in any stored file", async () => {
    const original = await fixtures.jpegWithGps();
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(51.507, 2) });
    const { files } = await acceptedUpload(original);
    for (const file of files) {
      expect(await exifr.parse(file, true)).toBeUndefined();
      expect(file.includes("Serial 0042")).toBe(false);
      const meta = await sharp(file).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it.each([6, 8] as const)("is stored upright when its EXIF orientation is %i", async (orientation) => {
    const { answer, files } = await acceptedUpload(await fixtures.jpegWithOrientation(orientation));
    expect(answer.json.result!.data).toMatchObject({ width: 400, height: 600 });
    for (const file of files) {
      const meta = await sharp(file).metadata();
      expect([meta.width, meta.height, meta.orientation]).toEqual([400, 600, undefined]);
    }
  });

  it("a JPEG that is also an HTML page is stored without the page", async () => {
    const polyglot = await fixtures.jpegHtmlPolyglot();
    expect(polyglot.includes(fixtures.scriptPayload)).toBe(true);
    const { files } = await acceptedUpload(polyglot);
    for (const file of files) expect(file.includes("<script")).toBe(false);
  });

  it("PNG bytes (sent with a .jpg name) become a JPEG of ours under our own name", async () => {
    const { files } = await acceptedUpload(await fixtures.pngPhoto(), { "content-disposition": 'attachment; filename="wall.jpg"' });
    expect(files.map((file) => file.subarray(0, 3).toString("hex"))).toEqual(["ffd8ff", "ffd8ff"]);
  });

  it("takes no file name: a traversal or a script in every place a name could go is never used or echoed", async () => {
    const name = '../../../etc/passwd<script>alert(1)</script>.jpg';
    const { answer, keys } = await acceptedUpload(
      await fixtures.plainJpeg(),
      { "content-disposition": `attachment; filename="${name}"`, "x-file-name": encodeURIComponent(name) },
      `?name=${encodeURIComponent(name)}`,
    );
    for (const text of [answer.text, ...keys]) {
      expect(text).not.toContain("passwd");
      expect(text).not.toContain("<script");
    }
  });
});
