// The login limits live in Postgres, so two web processes on one database count together: tries
// spread over both trip the per-account limit, and the per-address one, exactly where one would.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { atFileEnd } from "../../../test/cleanup";
import { testDatabase } from "../../../test/database";
import { createAdminUser } from "./admin-users";
import { loginAccountLimit, loginAddressLimit } from "./login";

const database = await testDatabase();
const dataDir = mkdtempSync(path.join(inject("scratchDir"), "login-limits-"));
atFileEnd(() => rmSync(dataDir, { recursive: true, force: true }));

/** A separate process serving the back office on the test database; resolves with its URL. */
function startWebProcess(): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/admin/access/login-server.fixture.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: database.url, DATA_DIR: dataDir, SESSION_SECRET: "test-secret-".padEnd(40, "x"), LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  atFileEnd(() => {
    child.kill("SIGKILL");
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const port = /\{"port":(\d+)\}/.exec(chunk.toString())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once("exit", (code) => reject(new Error(`the web process exited (${code}) before listening: ${stderr.slice(-1500)}`)));
  });
}

let processes: string[] = [];

beforeAll(async () => {
  processes = await Promise.all([startWebProcess(), startWebProcess()]);
  await createAdminUser(database.db, { email: "owner@example.com", password: "correct horse battery" });
}, 120_000);

/** A sign-in through the i-th process (alternating), from `address` as the proxy in front reports it. */
async function signIn(i: number, fields: { email: string; password: string }, address: string): Promise<number> {
  const response = await fetch(`${processes[i % 2]}/admin/login?_data=${encodeURIComponent("routes/admin_.login")}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams(fields),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("login limits across two web processes", () => {
  it("the account's limit trips after its tries spread over both processes, for the right password too", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < loginAccountLimit.points; i++) statuses.push(await signIn(i, { email: "owner@example.com", password: "wrong password" }, `198.51.100.${i + 1}`));
    expect(statuses).toEqual(Array(loginAccountLimit.points).fill(400));
    expect(await signIn(loginAccountLimit.points, { email: "OWNER@example.com", password: "wrong password" }, "198.51.100.99")).toBe(429);
    expect(await signIn(loginAccountLimit.points + 1, { email: "owner@example.com", password: "correct horse battery" }, "198.51.100.98")).toBe(429);
  }, 60_000);

  it("an address's limit trips across different e-mails, on both processes, while another address still signs in", async () => {
    await database.db.execute("delete from rate_limits where key like 'admin-login-account:%'");
    const statuses: number[] = [];
    for (let i = 0; i < loginAddressLimit.points; i++) statuses.push(await signIn(i, { email: `guess${i}@example.com`, password: "guess" }, "203.0.113.7"));
    expect(statuses).toEqual(Array(loginAddressLimit.points).fill(400));
    expect(await signIn(0, { email: "someone-new@example.com", password: "guess" }, "203.0.113.7")).toBe(429);
    expect(await signIn(1, { email: "another@example.com", password: "guess" }, "203.0.113.7")).toBe(429);
    // A successful sign-in is a 204 with Remix's redirect header for a data request.
    expect(await signIn(0, { email: "owner@example.com", password: "correct horse battery" }, "203.0.113.8")).toBe(204);
  }, 60_000);
});
