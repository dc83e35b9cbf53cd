// The limits around an upload, over real HTTP: the bytes that arrive count (not Content-Length),
// 20 an hour per session and per address across two app instances on one database, and a photo
// that only its own session can read. The typed client uploads a Blob through httpLink.
import { createTRPCClient, httpLink } from "@trpc/client";
import { beforeEach, describe, expect, it } from "vitest";
import { rateLimits } from "../../db/schema/rate-limits";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { sendLargeBody } from "../../test/raw-http";
import type { AppRouter } from "../trpc/root";
import { plainJpeg } from "./upload-fixtures";
import { chunkedUploadOnSocket, healthy, storedKeys, uploadWallPhoto, wallPhotoQuery, wallPhotoRows } from "./upload-client";

const database = await testDatabase();
const first = await startAppServer(database.db);
const second = await startAppServer(database.db, { env: first.env });
beforeEach(() => database.db.delete(rateLimits));
const path = "/api/trpc/mockups.uploadWallPhoto";

async function expectNothingStored() {
  expect(await storedKeys(first)).toEqual([]);
  expect(await wallPhotoRows(database.db)).toBe(0);
  expect(await healthy(first)).toBe(200);
}

describe("the size limit", () => {
  it("cuts 50 MB sent without a Content-Length at 10 MB with a 413", async () => {
    const { answer, bytesWritten } = await chunkedUploadOnSocket(first, path, 50 * 1024 * 1024);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/larger than this address accepts \(10 MB\)/);
    expect(bytesWritten).toBeLessThan(30 * 1024 * 1024);
    await expectNothingStored();
  });

  it("takes 9 MB of bytes (no image, so a 400 about the format, not the size)", async () => {
    const answer = await uploadWallPhoto(first, new Uint8Array(9 * 1024 * 1024).fill(97));
    expect(answer.status).toBe(400);
    expect(answer.json.error?.message).toMatch(/JPEG, PNG or WebP/);
    await expectNothingStored();
  });

  it("refuses 50 MB that says so before reading any of it", async () => {
    const answer = await sendLargeBody(first.url + path, { totalBytes: 50 * 1024 * 1024, contentType: "application/octet-stream", declareLength: true });
    expect(answer.status).toBe(413);
    await expectNothingStored();
  });

  it("keeps 1 MB for every other procedure", async () => {
    const answer = await sendLargeBody(`${first.url}/api/trpc/cart.add`, { totalBytes: 3 * 1024 * 1024, contentType: "application/json" });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/1 MB/);
  });
});

describe("the rate limit", () => {
  it("refuses the 21st upload in an hour, counted across two app instances, per session and per address", async () => {
    const jpeg = await plainJpeg(64, 48);
    let cookie: string | undefined;
    for (let i = 0; i < 20; i++) {
      const answer = await uploadWallPhoto(i % 2 === 0 ? first : second, jpeg, { cookie });
      expect(answer.status, answer.text).toBe(200);
      cookie = answer.cookie;
    }
    const keysBefore = await storedKeys(first);
    const refused = await uploadWallPhoto(second, jpeg, { cookie });
    expect(refused.status).toBe(429);
    expect(refused.json.error?.message).toMatch(/20 wall photo uploads in the last hour/);
    // A new session from the same address is over the address's limit too.
    expect((await uploadWallPhoto(first, jpeg)).status).toBe(429);
    expect(await storedKeys(first)).toEqual(keysBefore);
    expect(await wallPhotoRows(database.db)).toBe(20);
  });
});

describe("ownership", () => {
  it("answers another session's photo exactly as a missing one", async () => {
    const owner = await uploadWallPhoto(first, await plainJpeg());
    const id = owner.json.result!.data.id as string;
    expect((await wallPhotoQuery(second, id, owner.cookie)).status).toBe(200);

    const stranger = await uploadWallPhoto(first, await plainJpeg());
    const theirs = await wallPhotoQuery(first, id, stranger.cookie);
    const missing = await wallPhotoQuery(first, "00000000-0000-4000-8000-000000000000", stranger.cookie);
    const anonymous = await wallPhotoQuery(first, id);
    expect(theirs.status).toBe(404);
    expect(theirs.json.error).toEqual(missing.json.error);
    expect(anonymous.json.error).toEqual(missing.json.error);
  });
});

describe("the typed client", () => {
  it("uploads a Blob through httpLink as an octet stream", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${first.url}/api/trpc` })] });
    const uploaded = await client.mockups.uploadWallPhoto.mutate(new Blob([new Uint8Array(await plainJpeg(300, 200))]));
    expect(uploaded).toEqual({ id: expect.any(String), status: "uploaded", width: 300, height: 200 });
  });
});
