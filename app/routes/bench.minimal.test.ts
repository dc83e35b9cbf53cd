import type { AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../server/env";
import { loader } from "./bench.minimal";

const argsWith = (source: Record<string, string>) =>
  ({ request: new Request("http://localhost/bench/minimal"), params: {}, context: { env: loadEnv({ SESSION_SECRET: "s".repeat(32), GIFT_CARD_CODE_SECRET: "g".repeat(32), ...source }) } as AppLoadContext }) as LoaderFunctionArgs;

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
