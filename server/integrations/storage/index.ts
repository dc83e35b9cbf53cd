// Picks the storage backend from configuration once at boot: the bucket when S3_BUCKET is set.
import path from "node:path";
import type { Env } from "../../env";
import type { Logger } from "../../log";
import { createFilesystemStorage, type FilesystemStorage } from "./filesystem-storage";
import { createS3Storage, type S3Storage } from "./s3-storage";

export type { Storage } from "./storage";
export { contentAddressedKey } from "./storage";
export type { FilesystemStorage } from "./filesystem-storage";
export type { S3Storage } from "./s3-storage";

/** Either backend, told apart by `backend` where it matters (serving /media). */
export type ConfiguredStorage = FilesystemStorage | S3Storage;

type StorageEnv = Pick<Env, "DATA_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">;

export function createStorage(env: StorageEnv, log?: Logger): ConfiguredStorage {
  if (env.S3_BUCKET) {
    const credentials = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
    log?.info({ bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: env.S3_ENDPOINT ?? "AWS" }, `storage: S3 bucket ${env.S3_BUCKET}`);
    return createS3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      credentials,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "on",
    });
  }
  const root = path.join(env.DATA_DIR, "uploads");
  log?.info({ root }, `storage: local folder ${root}`);
  return createFilesystemStorage(root);
}
