// The file store behind uploads and image derivatives: a local folder or an S3-compatible bucket.
import { createHash } from "node:crypto";

export interface Storage {
  /** Writes are idempotent: putting the same key twice leaves one object. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Deleting a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are content-addressed (see contentAddressedKey), so what a key names never changes. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

const keyPattern = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Keys become URL paths and file paths, so only a tame alphabet is allowed and `..` cannot occur. */
export function isStorageKey(key: string): boolean {
  return keyPattern.test(key) && !key.split("/").some((part) => part.includes(".."));
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

/**
 * `/media/<key>` is served with immutable caching, so a key must change whenever its bytes do:
 * the content hash in the name guarantees that.
 */
export function contentAddressedKey(folder: string, name: string, bytes: Uint8Array, extension: string): string {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const key = `${folder}/${name}-${hash}.${extension}`;
  assertStorageKey(key);
  return key;
}
