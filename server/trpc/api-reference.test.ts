// docs/api.md is what outside developers read: every procedure the router serves is in its table,
// with the right kind, and the table names nothing the router does not serve.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";

const documented = new Map(
  [...readFileSync("docs/api.md", "utf8").matchAll(/^\| `([a-zA-Z]+(?:\.[a-zA-Z]+)+)` \| (query|mutation) \|/gm)].map(([, name, kind]) => [name!, kind!]),
);
// Typed as the nested routers, but kept flat at run time: "cart.get" → its procedure.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const served = new Map(Object.entries(procedures).map(([name, procedure]) => [name, procedure._def.type]));

describe("docs/api.md", () => {
  it("documents every procedure the API serves, each as the query or mutation it is, and nothing else", () => {
    expect(served.size).toBeGreaterThan(10);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(served));
  });
});
