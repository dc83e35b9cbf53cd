// The import guard of eslint.config.js, fed files through ESLint's own API as `npm run lint` reads them.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });
const RULE = "@typescript-eslint/no-restricted-imports";

async function guardErrors(filePath: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as { rules?: Record<string, unknown> };
  // A file the guard does not cover would pass for the wrong reason.
  expect(config.rules?.[RULE]).toBeDefined();
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe("the browser-bundle import guard", () => {
  it("refuses a route that imports zod", async () => {
    const errors = await guardErrors("app/routes/x.tsx", `import { z } from "zod";\nexport const schema = z.string();\n`);
    expect(errors).toEqual([expect.stringContaining("server code must not reach the browser bundle")]);
  });

  it("refuses a route that imports a value from server/", async () => {
    const errors = await guardErrors("app/routes/x.tsx", `import { addToCart } from "../../server/cart/cart";\nexport const add = addToCart;\n`);
    expect(errors).toEqual([expect.stringContaining("'../../server/cart/cart' import is restricted")]);
  });

  it("refuses a component that imports Drizzle, a subpath of it, postgres.js or db/", async () => {
    const code = [
      `import { eq } from "drizzle-orm";`,
      `import { pgTable } from "drizzle-orm/pg-core";`,
      `import postgres from "postgres";`,
      `import { photos } from "../../../db/schema/catalog";`,
      `export const all = [eq, pgTable, postgres, photos];`,
    ].join("\n");
    expect(await guardErrors("app/components/cart/x.tsx", code)).toHaveLength(4);
  });

  it("refuses the root route importing a value from db/", async () => {
    expect(await guardErrors("app/root.tsx", `import { photos } from "../db/schema/catalog";\nexport const p = photos;\n`)).toHaveLength(1);
  });

  it("refuses a browser helper in app/lib that re-exports a worker", async () => {
    expect(await guardErrors("app/lib/x.ts", `export { runTask } from "../../workers/tasks/x";\n`)).toHaveLength(1);
  });

  it("lets a route import types from server/ and zod, either way of writing it", async () => {
    const code = [
      `import type { CartView } from "../../server/cart/cart";`,
      `import { type CartLine } from "../../server/cart/cart";`,
      `import type { z } from "zod";`,
      `export type Props = { cart: CartView; line: CartLine; schema: z.ZodString };`,
    ].join("\n");
    expect(await guardErrors("app/routes/x.tsx", code)).toEqual([]);
  });

  it("refuses a value import mixed into a type import", async () => {
    const code = `import { type CartView, addToCart } from "../../server/cart/cart";\nexport const add: (c: CartView) => unknown = addToCart;\n`;
    expect(await guardErrors("app/routes/x.tsx", code)).toHaveLength(1);
  });

  it("lets a route import a *.server.ts module, which the compiler empties for the browser", async () => {
    expect(await guardErrors("app/routes/x.tsx", `import { readCart } from "~/lib/cart.server";\nexport const read = readCart;\n`)).toEqual([]);
  });

  it("lets app/lib/x.server.ts import server code", async () => {
    const config = (await eslint.calculateConfigForFile("app/lib/x.server.ts")) as { rules?: Record<string, unknown> };
    expect(config.rules?.[RULE]).toBeUndefined();
    const [result] = await eslint.lintText(`export { addToCart } from "../../server/cart/cart";\nexport { z } from "zod";\n`, { filePath: "app/lib/x.server.ts" });
    expect(result!.messages).toEqual([]);
  });
});

describe("the app/shared import guard", () => {
  it("refuses Node's modules, server packages and folders, and pages, even as types", async () => {
    const code = [
      `import { readFileSync } from "node:fs";`,
      `import path from "path";`,
      `import type { z } from "zod";`,
      `import type { CartView } from "../../server/cart/cart";`,
      `import type { Props } from "../components/photo-card";`,
      `import { loader } from "~/routes/cart";`,
      `import { readCart } from "~/lib/cart.server";`,
      `export const all = [readFileSync, path, loader, readCart] as unknown as [z.ZodString, CartView, Props];`,
    ].join("\n");
    const errors = await guardErrors("app/shared/x.ts", code);
    expect(errors).toHaveLength(7);
    expect(errors.every((m) => m.includes("app/shared/ is imported by the browser and the server alike"))).toBe(true);
  });

  it("lets a shared helper import another shared helper", async () => {
    expect(await guardErrors("app/shared/x.ts", `import { formatMoney } from "./money";\nexport const f = formatMoney;\n`)).toEqual([]);
  });
});

describe("the server's import guard", () => {
  it("refuses server code that reaches into app/ beyond app/shared", async () => {
    const errors = await guardErrors("server/cart/x.ts", `import { buildSeo } from "../../app/lib/seo";\nexport const seo = buildSeo;\n`);
    expect(errors).toEqual([expect.stringContaining("app/shared/")]);
  });

  it("lets server code import the shared helpers", async () => {
    expect(await guardErrors("server/cart/x.ts", `import { formatMoney } from "../../app/shared/money";\nexport const money = formatMoney;\n`)).toEqual([]);
  });
});
