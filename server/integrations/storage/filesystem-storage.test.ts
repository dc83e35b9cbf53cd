import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFilesystemStorage } from "./filesystem-storage";
import { contentAddressedKey } from "./storage";

const root = await mkdtemp(path.join(tmpdir(), "printroom-storage-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const storage = createFilesystemStorage(root);

describe("filesystem storage", () => {
  it("returns what was put, and null once it is deleted", async () => {
    await storage.put("photos/a/original-1.jpg", Buffer.from("first"), "image/jpeg");
    expect((await storage.get("photos/a/original-1.jpg"))?.toString()).toBe("first");
    await storage.delete("photos/a/original-1.jpg");
    expect(await storage.get("photos/a/original-1.jpg")).toBeNull();
    await expect(storage.delete("photos/a/original-1.jpg")).resolves.toBeUndefined();
  });

  it("leaves no temporary files behind", async () => {
    await storage.put("photos/b/x.jpg", Buffer.from("x"), "image/jpeg");
    await storage.put("photos/b/x.jpg", Buffer.from("x"), "image/jpeg");
    expect(await readdir(path.join(root, "photos/b"))).toEqual(["x.jpg"]);
  });

  it("refuses keys that could leave the uploads folder", async () => {
    for (const key of ["../secret", "photos/../../etc/passwd", "/etc/passwd", "photos//a.jpg", "Photos/A.JPG"]) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain"), key).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe("content-addressed keys", () => {
  it("are the same for the same bytes and change when the bytes change", () => {
    const key = contentAddressedKey("photos/dune", "800w", Buffer.from("one"), "webp");
    expect(key).toMatch(/^photos\/dune\/800w-[0-9a-f]{16}\.webp$/);
    expect(contentAddressedKey("photos/dune", "800w", Buffer.from("one"), "webp")).toBe(key);
    expect(contentAddressedKey("photos/dune", "800w", Buffer.from("two"), "webp")).not.toBe(key);
  });
});
