// Gift card codes: 80 random bits in Crockford base32, shown as XXXX-XXXX-XXXX-XXXX, and the keyed
// hash that is all the database keeps of them.
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import type { Env } from "../env";

/** The one setting gift card code handling needs; services take this slice of the parsed config. */
export type GiftCardSecretEnv = Pick<Env, "GIFT_CARD_CODE_SECRET">;

/** Crockford's base32: digits and capitals without I, L, O and U, so nothing reads as something else. */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 16;
const BITS_PER_CHARACTER = 5;
export const CODE_BITS = CODE_LENGTH * BITS_PER_CHARACTER;

const validCode = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh code, grouped for reading aloud and typing. */
export function generateGiftCardCode(): string {
  const bytes = randomBytes(CODE_BITS / 8);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += CODE_ALPHABET[Number((bits >> BigInt(i * BITS_PER_CHARACTER)) & 31n)];
  return formatGiftCardCode(code);
}

/**
 * The canonical 16 characters of what a shopper typed, or null if it cannot be a code. Case,
 * spaces and dashes do not matter; O, I and L are read as the 0 and 1 they were mistaken for,
 * as Crockford's decoding does (codes never contain them).
 */
export function normalizeGiftCardCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return validCode.test(canonical) ? canonical : null;
}

export function formatGiftCardCode(normalized: string): string {
  return normalized.match(/.{4}/g)!.join("-");
}

export function codeLast4(normalized: string): string {
  return normalized.slice(-4);
}

/** A sub-key per purpose, so the hash key and the sealing key are never the same bytes. */
export function deriveGiftCardKey(secret: string, purpose: "code-hash" | "code-sealing"): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "printroom-gift-cards", purpose, 32));
}

/**
 * What the database stores and looks codes up by: HMAC-SHA256 under a secret that is not in the
 * database, so a leaked table cannot be turned back into codes by hashing all 2^80 of them.
 * Input that is not a code is hashed too, so every lookup costs the same.
 */
export function hashGiftCardCode(secret: string, input: string): string {
  const canonical = normalizeGiftCardCode(input) ?? input;
  return createHmac("sha256", deriveGiftCardKey(secret, "code-hash")).update(canonical).digest("hex");
}
