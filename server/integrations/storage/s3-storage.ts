// Storage in an S3-compatible bucket (AWS S3, or any service that speaks its API at S3_ENDPOINT).
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import { assertStorageKey, IMMUTABLE_CACHE_CONTROL, type Storage } from "./storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** an S3-compatible service's address; AWS's own when left out */
  endpoint?: string;
  /** the SDK's default chain (environment, profile, instance role) when left out */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
};

/** One object as /media streams it: the bytes and what was stored with them. */
export type StoredObject = { body: Readable; contentType: string; contentLength: number | undefined; etag: string | undefined };

export type S3Storage = Storage & {
  backend: "s3";
  bucket: string;
  /** The object as a stream with its stored type, or null when there is no such key. */
  open(key: string): Promise<StoredObject | null>;
  /** Closes the client's pooled connections. */
  close(): void;
};

/** A missing key, not a missing bucket: a misconfigured bucket must fail loudly, not read as empty. */
const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || (error.$metadata.httpStatusCode === 404 && error.name !== "NoSuchBucket"));

export function createS3Storage(options: S3StorageOptions): S3Storage {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    forcePathStyle: options.forcePathStyle,
    // The SDK's default (a CRC32 trailer on every upload, aws-chunked) is stored verbatim, framing
    // and all, by some S3-compatible services; a checksum only where the API requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

  const getObject = async (key: string) => {
    assertStorageKey(key);
    try {
      return await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    backend: "s3",
    bucket,
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      // A PUT replaces the object whole, so a second put of a key leaves one object.
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength, ContentType: contentType, CacheControl: IMMUTABLE_CACHE_CONTROL }),
      );
    },
    async get(key) {
      const object = await getObject(key);
      if (!object?.Body) return null;
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async open(key) {
      const object = await getObject(key);
      if (!object?.Body) return null;
      return {
        body: object.Body as Readable,
        contentType: object.ContentType ?? "application/octet-stream",
        contentLength: object.ContentLength,
        etag: object.ETag,
      };
    },
    async delete(key) {
      assertStorageKey(key);
      // S3 answers a delete of a missing key with success; some compatible services with a 404.
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
    close: () => client.destroy(),
  };
}
