// The upload attack list of issue 12's proof, over real HTTP to the real app: each is refused with a
// clear 4xx and leaves no file and no row, or is accepted safely; the server stays healthy.
import { beforeEach, describe, expect, it } from "vitest";
import { rateLimits } from "../../db/schema/rate-limits";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import * as fixtures from "./upload-fixtures";
import { healthy, storedKeys, uploadWallPhoto, wallPhotoRows } from "./upload-client";

const database = await testDatabase();
const server = await startAppServer(database.db);
// Every case comes from 127.0.0.1; the limit of 20 an hour has its own test (upload-limits.test.ts).
beforeEach(() => database.db.delete(rateLimits));

async function expectRefused(body: Uint8Array, status: number, message: RegExp, headers?: Record<string, string>) {
  const answer = await uploadWallPhoto(server, body, { headers });
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json.error?.message).toMatch(message);
  expect(await storedKeys(server)).toEqual([]);
  expect(await wallPhotoRows(database.db)).toBe(0);
  expect(await healthy(server)).toBe(200);
}

const formats = /JPEG, PNG or WebP/;

describe("uploads that are refused, leaving nothing behind", () => {
  it("an SVG with script in it", () => expectRefused(fixtures.svgWithScript, 400, /SVG images are not accepted.*JPEG, PNG or WebP/));
  it("an SVG sent as a JPEG (a .jpg name and image/jpeg say nothing the bytes do not)", () =>
    expectRefused(fixtures.svgWithScript, 400, /SVG/, { "content-disposition": 'attachment; filename="wall.jpg"', "x-content-type": "image/jpeg" }));
  it("an HTML page named .jpg", () => expectRefused(fixtures.htmlPage, 400, formats, { "content-disposition": 'attachment; filename="wall.jpg"' }));
  it("a PNG decompression bomb (400 MP from 50 KB), from its header, before decoding", async () => {
    const bomb = fixtures.pngDecompressionBomb();
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(bomb, 400, /400 megapixels; photos of up to 40 megapixels/);
  });
  it("a JPEG whose frame header claims 65000 × 65000", async () => expectRefused(await fixtures.jpegWithHugeHeader(), 400, /megapixels/));
  it("an animated WebP of 100 frames", async () => expectRefused(await fixtures.animatedWebpFrameBomb(), 400, /Animated or multi-page images are not accepted/));
  it("zero bytes", () => expectRefused(new Uint8Array(0), 400, /empty.*JPEG, PNG or WebP/));
  it("a text file sent as application/octet-stream", () => expectRefused(fixtures.textFile, 400, formats));
  it("a text file sent as image/png: tRPC takes only octet streams for it", () => expectRefused(fixtures.textFile, 415, /content-type/i, { "content-type": "image/png" }));
  it("a HEIC, a GIF and an AVIF, each named in the answer", async () => {
    // An iPhone photo's opening box; sharp's prebuilt binaries could not decode the rest anyway.
    const heic = Buffer.concat([Buffer.from("000000186674797068656963000000006d69663168656963", "hex"), Buffer.alloc(2000)]);
    await expectRefused(heic, 400, /HEIC files are not accepted.*JPEG, PNG or WebP/);
    const sharp = (await import("sharp")).default;
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } }).gif().toBuffer();
    const avif = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } }).avif().toBuffer();
    await expectRefused(gif, 400, /GIF files are not accepted.*JPEG, PNG or WebP/);
    await expectRefused(avif, 400, /AVIF files are not accepted/);
  });
  it("500 parts in one multipart request", () => {
    const boundary = "----printroom-test";
    return expectRefused(fixtures.manyPartsBody(500, boundary), 400, /application\/octet-stream; forms and multipart bodies are not accepted/, { "content-type": `multipart/form-data; boundary=${boundary}` });
  });
  it("a cross-site post", async () => expectRefused(await fixtures.plainJpeg(), 403, /another site/, { origin: "https://evil.example" }));
  it("a post a browser marks cross-site", async () => expectRefused(await fixtures.plainJpeg(), 403, /another site/, { "sec-fetch-site": "cross-site" }));
});

describe("a truncated JPEG", () => {
  it("is refused, or accepted only as a complete JPEG of our own", async () => {
    const jpeg = await fixtures.plainJpeg(800, 600);
    const answer = await uploadWallPhoto(server, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect([200, 400], answer.text).toContain(answer.status);
    if (answer.status === 400) {
      expect(await storedKeys(server)).toEqual([]);
    } else {
      const sharp = (await import("sharp")).default;
      for (const key of await storedKeys(server)) expect((await sharp(`${server.env.DATA_DIR}/uploads/${key}`, { failOn: "warning" }).metadata()).format).toBe("jpeg");
    }
    expect(await healthy(server)).toBe(200);
  });
});
