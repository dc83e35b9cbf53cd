// A mockup's id is its share link, so it must be unguessable: 128 random bits, 22 base64url characters.
import { randomBytes } from "node:crypto";

export const MOCKUP_ID_BYTES = 16;

export function newMockupId(): string {
  return randomBytes(MOCKUP_ID_BYTES).toString("base64url");
}
