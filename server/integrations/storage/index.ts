// Picks the storage backend from configuration once at boot; only the local folder exists so far.
import path from "node:path";
import type { Env } from "../../env";
import { createFilesystemStorage } from "./filesystem-storage";
import type { Storage } from "./storage";

export type { Storage } from "./storage";
export { contentAddressedKey } from "./storage";

export function createStorage(env: Pick<Env, "DATA_DIR">): Storage {
  return createFilesystemStorage(path.join(env.DATA_DIR, "uploads"));
}
