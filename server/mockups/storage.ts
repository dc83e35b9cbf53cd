// The storage backend for the mockups procedures, made once per configuration rather than per call.
import type { Env } from "../env";
import { createStorage, type Storage } from "../integrations/storage/index";

const made = new WeakMap<Env, Storage>();

export function storageFor(env: Env): Storage {
  let storage = made.get(env);
  if (!storage) {
    storage = createStorage(env);
    made.set(env, storage);
  }
  return storage;
}
