// Browser journeys, run by `npm run test:e2e` (e2e/run.ts) against a real server it starts.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Each file drives its own Chromium; two at a time keeps memory in check on small machines.
    maxWorkers: 2,
  },
});
