import { HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { testEnv } from "../../../test/app-server";
import { atFileEnd } from "../../../test/cleanup";
import { capturingLogger } from "../../../test/log-capture";
import { startS3Server } from "../../../test/s3-server";
import { loadEnv } from "../../env";
import { createStorage } from "./index";
import { createS3Storage } from "./s3-storage";
import { contentAddressedKey } from "./storage";

const s3 = await startS3Server();
const options = { bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }, forcePathStyle: true };
const storage = createS3Storage(options);
// The official SDK as an outside reader of the bucket, to see what was stored beside the bytes.
const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, credentials: options.credentials, forcePathStyle: true });
atFileEnd(() => {
  storage.close();
  client.destroy();
});

/** The size of the file s3rver keeps an object's bytes in: what the bucket really holds. */
const storedSize = async (key: string) => (await stat(path.join(s3.directory, s3.bucket, `${key}._S3rver_object`))).size;

describe("S3 storage against a local S3 server", () => {
  it("returns 100,000 random bytes exactly as put, and the bucket holds 100,000 bytes, no chunk framing", async () => {
    const bytes = randomBytes(100_000);
    await storage.put("tests/random.bin", bytes, "application/octet-stream");
    const back = await storage.get("tests/random.bin");
    expect(back?.length).toBe(100_000);
    expect(back?.equals(bytes)).toBe(true);
    expect(await storedSize("tests/random.bin")).toBe(100_000);
  });

  it("keeps a real JPEG byte for byte, with its content type and an immutable Cache-Control", async () => {
    const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#3a6ea5" } }).jpeg({ quality: 80 }).toBuffer();
    const key = contentAddressedKey("photos/s3", "640w", jpeg, "jpg");
    await storage.put(key, jpeg, "image/jpeg");
    const back = await storage.get(key);
    expect(back?.equals(jpeg)).toBe(true);
    expect(await sharp(back!).metadata()).toMatchObject({ format: "jpeg", width: 640, height: 400 });
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
    expect(head).toMatchObject({ ContentType: "image/jpeg", ContentLength: jpeg.length, CacheControl: "public, max-age=31536000, immutable" });
    const opened = await storage.open(key);
    expect(opened).toMatchObject({ contentType: "image/jpeg", contentLength: jpeg.length });
    opened!.body.destroy();
  });

  it("answers null for a key that is not there, from get and from open", async () => {
    expect(await storage.get("tests/never-put.jpg")).toBeNull();
    expect(await storage.open("tests/never-put.jpg")).toBeNull();
  });

  it("deletes, and deleting again or deleting a key never put is no error", async () => {
    await storage.put("tests/gone.txt", Buffer.from("soon gone"), "text/plain");
    await storage.delete("tests/gone.txt");
    expect(await storage.get("tests/gone.txt")).toBeNull();
    await expect(storage.delete("tests/gone.txt")).resolves.toBeUndefined();
    await expect(storage.delete("tests/never-there.txt")).resolves.toBeUndefined();
  });

  it("leaves one object when the same key is put twice", async () => {
    await storage.put("twice/a.txt", Buffer.from("first"), "text/plain");
    await storage.put("twice/a.txt", Buffer.from("second"), "text/plain");
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "twice/" }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(["twice/a.txt"]);
    expect((await storage.get("twice/a.txt"))?.toString()).toBe("second");
  });

  it("refuses keys outside the tame alphabet before asking the bucket", async () => {
    for (const key of ["../secret", "photos/../../etc/passwd", "/etc/passwd", "photos//a.jpg", "Photos/A.JPG", "photos/a.jpg?x=1"]) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain"), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.delete(key), key).rejects.toThrow(/invalid storage key/);
    }
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "photos/a.jpg" }));
    expect(listed.KeyCount).toBe(0);
  });

  it("fails loudly on a bucket that does not exist rather than reading it as empty", async () => {
    const wrongBucket = createS3Storage({ ...options, bucket: "no-such-bucket" });
    atFileEnd(() => wrongBucket.close());
    await expect(wrongBucket.get("tests/random.bin")).rejects.toMatchObject({ name: "NoSuchBucket" });
  });
});

describe("choosing the storage from configuration", () => {
  it("is the bucket when S3_BUCKET is set, and the uploads folder otherwise, each said in one line at boot", () => {
    const { log, lines } = capturingLogger();
    const bucket = createStorage(testEnv(s3.env), log);
    atFileEnd(() => bucket.backend === "s3" && bucket.close());
    expect(bucket).toMatchObject({ backend: "s3", bucket: s3.bucket });
    const env = testEnv();
    const root = path.join(env.DATA_DIR, "uploads");
    expect(createStorage(env, log)).toMatchObject({ backend: "filesystem", root });
    expect(lines.map((line) => line.msg)).toEqual([`storage: S3 bucket ${s3.bucket}`, `storage: local folder ${root}`]);
    expect(lines[0]).toMatchObject({ endpoint: s3.endpoint, region: "us-east-1" });
  });

  it("refuses half a key pair and a MEDIA_BASE_URL without a bucket", () => {
    const base = { NODE_ENV: "test", SESSION_SECRET: "x".repeat(40) };
    expect(() => loadEnv({ ...base, S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(() => loadEnv({ ...base, MEDIA_BASE_URL: "https://cdn.example/media" })).toThrow(/MEDIA_BASE_URL needs S3_BUCKET/);
    expect(loadEnv({ ...base, S3_BUCKET: "b", MEDIA_BASE_URL: "https://cdn.example/media/" })).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: "off", MEDIA_BASE_URL: "https://cdn.example/media" });
  });
});
