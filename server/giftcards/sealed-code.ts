// A gift card code sealed with AES-256-GCM for the delivery job's payload: the code has to reach
// the recipient's mail days or weeks after issue, and this is the only form it exists in meanwhile.
// The key is derived from GIFT_CARD_CODE_SECRET, which never enters the database, so the job
// table (and its backups) hold nothing a reader can redeem. The card id is bound in as associated
// data, so a sealed code moved into another card's job fails to open.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deriveGiftCardKey } from "./codes";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealGiftCardCode(secret: string, giftCardId: number, code: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveGiftCardKey(secret, "code-sealing"), iv);
  cipher.setAAD(Buffer.from(`gift-card:${giftCardId}`));
  const ciphertext = Buffer.concat([cipher.update(code, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url");
}

/** Throws if the sealed text was altered, sealed for another card, or sealed under another secret. */
export function openGiftCardCode(secret: string, giftCardId: number, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new Error("sealed gift card code is truncated");
  const decipher = createDecipheriv("aes-256-gcm", deriveGiftCardKey(secret, "code-sealing"), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(`gift-card:${giftCardId}`));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
