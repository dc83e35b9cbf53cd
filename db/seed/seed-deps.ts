// What seeding needs from the outside: where pictures are stored, and where to say what it did.
import type { Storage } from "../../server/integrations/storage/index";
import type { Logger } from "../../server/log";

export type SeedDeps = { storage: Storage; log: Logger };
