import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { answeringOutagesWith503 } from "./database-outage";

const dropped = () => Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" });

function buildWith(loader: () => Promise<unknown>): ServerBuild {
  return { routes: { "routes/x": { id: "routes/x", path: "x", module: { loader } } }, entry: { module: {} } } as unknown as ServerBuild;
}

const args = () => ({ request: new Request("http://shop.test/x"), params: {}, context: {} }) as never;

describe("a loader that meets a dropped connection", () => {
  it("runs once more, on the fresh connection the pool opens, and answers", async () => {
    let calls = 0;
    const build = answeringOutagesWith503(buildWith(async () => (++calls === 1 ? Promise.reject(dropped()) : "page")));
    await expect(build.routes["routes/x"]!.module.loader!(args())).resolves.toBe("page");
    expect(calls).toBe(2);
  });

  it("gives up after the second try, and never retries a fault that is not an outage", async () => {
    let calls = 0;
    const failing = answeringOutagesWith503(buildWith(async () => ((calls += 1), Promise.reject(dropped()))));
    await expect(failing.routes["routes/x"]!.module.loader!(args())).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
    expect(calls).toBe(2);
    let bugCalls = 0;
    const buggy = answeringOutagesWith503(buildWith(async () => ((bugCalls += 1), Promise.reject(new TypeError("a bug")))));
    await expect(buggy.routes["routes/x"]!.module.loader!(args())).rejects.toThrow("a bug");
    expect(bugCalls).toBe(1);
  });
});
