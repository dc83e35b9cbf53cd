import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv } from "../env";
import { CODE_ALPHABET, CODE_BITS, codeLast4, formatGiftCardCode, generateGiftCardCode, hashGiftCardCode, normalizeGiftCardCode } from "./codes";
import { openGiftCardCode, sealGiftCardCode } from "./sealed-code";

const secret = "gift-card-test-secret-".padEnd(40, "g");
const grouped = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe("gift card codes", () => {
  it("are four groups of four from Crockford's alphabet, which has no I, L, O or U", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 200; i++) expect(generateGiftCardCode()).toMatch(grouped);
  });

  it("carry at least 80 random bits, spread evenly over every position and symbol", () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(80);
    const samples = 20_000;
    const codes = Array.from({ length: samples }, () => normalizeGiftCardCode(generateGiftCardCode())!);
    expect(new Set(codes).size).toBe(samples);
    // Each of 32 symbols should appear ~625 times per position; a biased generator is far outside ±30%.
    for (let position = 0; position < 16; position++) {
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code[position]!, (counts.get(code[position]!) ?? 0) + 1);
      expect(counts.size).toBe(32);
      for (const count of counts.values()) {
        expect(count).toBeGreaterThan(samples / 32 * 0.7);
        expect(count).toBeLessThan(samples / 32 * 1.3);
      }
    }
  });

  it("are accepted in any case, with or without spaces and dashes, and with O, I, L read as 0, 1", () => {
    const code = "7K3M-Q0PX-2ZT9-A1BD";
    const canonical = "7K3MQ0PX2ZT9A1BD";
    for (const typed of [code, code.toLowerCase(), "7k3m q0px 2zt9 a1bd", "  7K3MQ0PX2ZT9A1BD ", "7K3M--Q0PX-2ZT9 -A1BD", "7k3m-qOpx-2zt9-aIbd", "7k3m-qopx-2zt9-albd"]) {
      expect(normalizeGiftCardCode(typed)).toBe(canonical);
    }
    expect(formatGiftCardCode(canonical)).toBe(code);
  });

  it("reject anything that cannot be a code", () => {
    for (const typed of ["", "7K3M-Q0PX-2ZT9", "7K3M-Q0PX-2ZT9-A1BDE", "7K3M-Q0PX-2ZT9-A1B!", "7K3M-Q0PX-2ZT9-A1BU", "ÄK3M-Q0PX-2ZT9-A1BD"]) {
      expect(normalizeGiftCardCode(typed), typed).toBeNull();
    }
  });

  it("hash under the secret to something that is not the code, the same for every way of typing it", () => {
    const code = generateGiftCardCode();
    const hash = hashGiftCardCode(secret, code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeGiftCardCode(code)!.toLowerCase());
    expect(hashGiftCardCode(secret, code.toLowerCase().replace(/-/g, " "))).toBe(hash);
    expect(hashGiftCardCode("another-secret-".padEnd(40, "x"), code)).not.toBe(hash);
    expect(hashGiftCardCode(secret, generateGiftCardCode())).not.toBe(hash);
  });

  it("keep their last four characters for display", () => {
    expect(codeLast4("7K3MQ0PX2ZT9A1BD")).toBe("A1BD");
  });
});

describe("sealed codes for the delivery job", () => {
  it("open to the code under the same secret and card, and never contain it in the clear", () => {
    const code = generateGiftCardCode();
    const sealed = sealGiftCardCode(secret, 42, code);
    expect(sealed).not.toContain(normalizeGiftCardCode(code)!.slice(0, 4));
    expect(openGiftCardCode(secret, 42, sealed)).toBe(code);
    expect(sealGiftCardCode(secret, 42, code)).not.toBe(sealed);
  });

  it("refuse to open for another card, another secret, or after any change", () => {
    const sealed = sealGiftCardCode(secret, 42, generateGiftCardCode());
    expect(() => openGiftCardCode(secret, 43, sealed)).toThrow();
    expect(() => openGiftCardCode("another-secret-".padEnd(40, "x"), 42, sealed)).toThrow();
    const bytes = Buffer.from(sealed, "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => openGiftCardCode(secret, 42, bytes.toString("base64url"))).toThrow();
    expect(() => openGiftCardCode(secret, 42, "c2hvcnQ")).toThrow(/truncated/);
  });
});

describe("GIFT_CARD_CODE_SECRET", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "printroom-gift-secret-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const production = { NODE_ENV: "production", SESSION_SECRET: secret, STRIPE_SECRET_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x", DATA_DIR: dataDir };

  it("must be set in production, and be at least 32 characters", () => {
    expect(() => loadEnv(production)).toThrow(/GIFT_CARD_CODE_SECRET must be set when NODE_ENV=production/);
    expect(() => loadEnv({ ...production, GIFT_CARD_CODE_SECRET: "short" })).toThrow(/GIFT_CARD_CODE_SECRET must be at least 32 characters/);
    expect(loadEnv({ ...production, GIFT_CARD_CODE_SECRET: secret }).GIFT_CARD_CODE_SECRET).toBe(secret);
  });

  it("is generated once in development, kept across restarts, and differs from the session secret", () => {
    const first = loadEnv({ DATA_DIR: dataDir });
    expect(first.GIFT_CARD_CODE_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(loadEnv({ DATA_DIR: dataDir }).GIFT_CARD_CODE_SECRET).toBe(first.GIFT_CARD_CODE_SECRET);
    expect(first.GIFT_CARD_CODE_SECRET).not.toBe(first.SESSION_SECRET);
  });
});
