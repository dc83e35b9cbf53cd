// The browser build's JavaScript and CSS, compressed once at build time at the best levels
// (brotli 11, gzip 9) beside each file, for express-static-gzip to serve. Compressing on the fly
// must be quick (brotli 4), which sent the photo page's first JavaScript 15% larger than brotli 11
// (docs/performance.md); the build's files are content-hashed, so each is compressed only once.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(?:js|css|map|json|svg)$/;

/** The two copies a file of the build is served as: brotli 11 to browsers that take it, else gzip 9. */
export function compressedCopies(bytes: Buffer): { br: Buffer; gz: Buffer } {
  return { br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }), gz: gzipSync(bytes, { level: 9 }) };
}

export function precompressBuild(buildDir: string): { files: number } {
  const names = readdirSync(buildDir, { recursive: true, encoding: "utf8" }).filter((name) => COMPRESSIBLE.test(name));
  for (const name of names) {
    const file = path.join(buildDir, name);
    const { br, gz } = compressedCopies(readFileSync(file));
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
  }
  return { files: names.length };
}
