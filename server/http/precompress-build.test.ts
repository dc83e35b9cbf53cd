import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { precompressBuild } from "./precompress-build";

it("writes a brotli and a gzip copy beside each script and stylesheet that decode to the file, and leaves other files alone", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "precompress-"));
  mkdirSync(path.join(dir, "_shared"));
  const script = `export const words = ${JSON.stringify("a print of the sea ".repeat(500))};`;
  writeFileSync(path.join(dir, "_shared", "chunk-ABC.js"), script);
  writeFileSync(path.join(dir, "app.css"), "body{margin:0}".repeat(200));
  writeFileSync(path.join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

  expect(precompressBuild(dir)).toEqual({ files: 2 });

  const file = path.join(dir, "_shared", "chunk-ABC.js");
  const br = readFileSync(`${file}.br`);
  expect(brotliDecompressSync(br).toString()).toBe(script);
  expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
  expect(br.length).toBeLessThan(script.length / 10);
  expect(brotliDecompressSync(readFileSync(path.join(dir, "app.css.br"))).toString()).toBe("body{margin:0}".repeat(200));
  expect(() => readFileSync(path.join(dir, "photo.png.br"))).toThrow();
});
