// `printroom/api` is what outside developers compile against: one declaration file that needs no
// server package, that compiles on its own, and that says what the server really answers.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { atFileEnd } from "../../test/cleanup";
import { buildApiTypes, importsOf } from "../../tools/build-api-types";
import type { ApiErrorShape } from "./public-api";
import type { appRouter } from "./root";

let declarations = "";
let folder = "";

beforeAll(async () => {
  mkdirSync("dist", { recursive: true });
  // Inside the project, so that the client below finds @trpc/server in node_modules.
  folder = mkdtempSync(path.resolve("dist", ".api-types-test-"));
  atFileEnd(() => rmSync(folder, { recursive: true, force: true }));
  declarations = readFileSync(await buildApiTypes(path.join(folder, "index.d.ts")), "utf8");
}, 180_000);

const client = `
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type * as api from "./index";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out = api.ApiOutputs;
export const namedAsReceived: true[] = [
  true satisfies Same<Out["catalog"]["listPhotos"]["items"][number], api.PhotoCard>,
  true satisfies Same<Out["catalog"]["photoBySlug"], api.PhotoDetail>,
  true satisfies Same<Out["catalog"]["listCollections"][number], api.CollectionSummary>,
  true satisfies Same<Out["cart"]["get"], api.CartView>,
  true satisfies Same<Out["giftCards"]["check"], api.GiftCardCheck>,
  true satisfies Same<Out["giftCards"]["applyToCart"], api.AppliedGiftCard>,
  true satisfies Same<Out["checkout"]["create"], api.StartedCheckout>,
  true satisfies Same<Out["orders"]["track"], api.OrderView>,
];
export const shipped: api.OrderStatus = "shipped";

const shop = createTRPCClient<api.AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
export async function lines(): Promise<number> {
  const cart = await shop.cart.add.mutate({ variantId: 1, quantity: 2 });
  return cart.lines.length;
}
`;

describe("printroom/api", () => {
  it("imports nothing but @trpc/server: no Drizzle, postgres, Express, pino, zod or Remix", () => {
    expect(declarations).toContain("AppRouter");
    expect([...new Set(importsOf(declarations))]).toEqual(["@trpc/server"]);
    expect(declarations).not.toMatch(/drizzle-orm|['"]postgres['"]|express|pino|['"]zod['"]|@remix-run/);
  });

  it("compiles on its own, and types a client's calls and answers by it", () => {
    const file = path.join(folder, "client.ts");
    writeFileSync(file, client);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    const ours = [program.getSourceFile(file)!, program.getSourceFile(path.join(folder, "index.d.ts"))!];
    const diagnostics = ours.flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]);
    const where = (d: ts.Diagnostic) => `${path.basename(d.file!.fileName)}:${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}`;
    expect(diagnostics.map((d) => `${where(d)} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)).toEqual([]);
    expect(ours.every(Boolean)).toBe(true);
  });

  it("describes the errors the server's formatter really sends", () => {
    // Checked when the project type-checks: the formatter's shape must fit the published one.
    expectTypeOf<(typeof appRouter)["_def"]["_config"]["$types"]["errorShape"]>().toExtend<ApiErrorShape>();
    expect(declarations).toMatch(/zodIssues: \{\s*formErrors: string\[\];\s*fieldErrors: Record<string, string\[\] \| undefined>;/);
  });
});
