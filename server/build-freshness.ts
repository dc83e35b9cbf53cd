// `npm start` builds the Remix app only when the build is missing or older than its sources.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { precompressBuild } from "./http/precompress-build";

const sources = ["app", "server", "db/schema", "remix.config.js", "tailwind.config.ts", "postcss.config.js", "package-lock.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function buildIsStale(root: string): boolean {
  const serverBuild = path.join(root, "build/index.js");
  if (!existsSync(serverBuild) || !existsSync(path.join(root, "public/build"))) return true;
  const built = statSync(serverBuild).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

export function buildRemix(root: string): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`remix build failed with exit code ${result.status}`);
  precompressBuild(path.join(root, "public/build"));
}
