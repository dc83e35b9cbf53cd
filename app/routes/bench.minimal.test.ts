import type { AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../server/env";
import { loader } from "./bench.minimal";

const argsWith = (source: Record<string, string>) =>
  ({ request: new Request("http://localhost/bench/minimal"), params: {}, context: { env: loadEnv({ DATA_DIR: "/tmp/printroom-bench-route-test", ...source }) } as AppLoadContext }) as LoaderFunctionArgs;

describe("the benchmark baseline page", () => {
  it("does not exist unless the server is started with BENCH_ROUTES=on", () => {
    expect(() => loader(argsWith({}))).toThrow(expect.objectContaining({ status: 404 }));
  });

  it("renders when BENCH_ROUTES=on", async () => {
    const response = loader(argsWith({ BENCH_ROUTES: "on" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
