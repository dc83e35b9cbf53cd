// `npm run admin:create` against a test database, as the owner runs it: a piped password is the
// account's; with nothing piped one is generated and printed; a second account for the same
// e-mail in another case is refused.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { atFileEnd } from "../test/cleanup";
import { testDatabase } from "../test/database";
import { adminUsers } from "../db/schema/index";
import { passwordMatches } from "../server/admin/access/passwords";

const database = await testDatabase();
const dataDir = mkdtempSync(path.join(inject("scratchDir"), "admin-create-"));
atFileEnd(() => rmSync(dataDir, { recursive: true, force: true }));

function adminCreate(args: string[], stdin: string | null): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tools/admin-create.ts", ...args], {
      env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: database.url, DATA_DIR: dataDir, LOG_LEVEL: "silent", PUBLIC_URL: "http://shop.test" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Nothing piped: the input ends at once, as `< /dev/null` or a script without input gives it.
    child.stdin.end(stdin ?? "");
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const hashOf = async (email: string) => (await database.db.select().from(adminUsers)).find((row) => row.email === email)?.passwordHash;

describe("npm run admin:create", () => {
  it("makes the owner with the password piped in, hashed with argon2id", async () => {
    const run = await adminCreate(["--email", "owner@example.com"], "a long piped password\n");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created the owner account owner@example.com.");
    expect(run.stdout).not.toContain("a long piped password");
    const stored = await hashOf("owner@example.com");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwordMatches(stored, "a long piped password")).toBe(true);
  }, 60_000);

  it("prints a generated password when none is piped in, and that password signs in", async () => {
    const run = await adminCreate(["--email", "second@example.com"], null);
    expect(run.code).toBe(0);
    const password = /shown only this once: (\S+)/.exec(run.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);
    expect(await passwordMatches(await hashOf("second@example.com"), password!)).toBe(true);
  }, 60_000);

  it("refuses a second account for the same e-mail in another case, and a short password", async () => {
    const again = await adminCreate(["--email", "Owner@Example.com"], "another long password\n");
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("An owner account for Owner@Example.com exists already.\n");
    const short = await adminCreate(["--email", "third@example.com"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    const missing = await adminCreate([], null);
    expect(missing.stderr).toContain("Usage: npm run admin:create -- --email");
  }, 60_000);
});
