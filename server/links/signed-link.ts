// Signatures for links mailed to a shopper (the order's tracking view, the newsletter confirmation):
// HMAC-SHA256 under a key derived per purpose from the app secret, so a signature made for one
// purpose never opens another, and nothing needs storing. Decision 023 says why they do not expire.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

export type LinkPurpose = "track-order" | "newsletter-confirm" | "newsletter-unsubscribe";

function keyFor(secret: string, purpose: LinkPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "printroom-signed-links", purpose, 32));
}

/** URL-safe, 43 characters. `value` is everything the link vouches for, e.g. the order number. */
export function signLinkValue(secret: string, purpose: LinkPurpose, value: string): string {
  return createHmac("sha256", keyFor(secret, purpose)).update(value).digest("base64url");
}

/** Any input, of any type or length, is answered without throwing; comparison in constant time. */
export function linkSignatureMatches(secret: string, purpose: LinkPurpose, value: string, signature: unknown): boolean {
  if (typeof signature !== "string") return false;
  const expected = Buffer.from(signLinkValue(secret, purpose, value));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
