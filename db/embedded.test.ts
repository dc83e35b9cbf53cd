import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(path.join(tmpdir(), "printroom-embedded-"));
// As root, Postgres runs as an unprivileged user that must reach its folder.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runFixture(name: string, env: Record<string, string>, onOutput?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<number | null> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["test/fixtures/embedded-lifecycle.ts"], {
    env: { ...process.env, PG_DIR: path.join(root, name), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => onOutput?.(chunk.toString(), child));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

describe("embedded Postgres leaves the process's exit to its owner", () => {
  it("keeps the exit code a process sets (a failed test run must not exit 0)", async () => {
    expect(await runFixture("natural", {})).toBe(3);
  });

  it("lets the owner's SIGTERM handler finish its shutdown and choose the exit code", async () => {
    const code = await runFixture("sigterm", { WAIT_FOR_SIGTERM: "1" }, (text, child) => {
      if (text.includes("ready")) child.kill("SIGTERM");
    });
    expect(code).toBe(7);
  });
});
