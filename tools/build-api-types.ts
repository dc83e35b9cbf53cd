// `npm run build:api-types`: writes dist/api/index.d.ts, the `printroom/api` types outside developers
// import (server/trpc/public-api.ts), as one file that needs no package but `@trpc/server`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const API_TYPES_FILE = path.join(root, "dist/api/index.d.ts");
const ENTRY = path.join(root, "server/trpc/public-api.ts");
const ALLOWED_IMPORTS = new Set(["@trpc/server"]);

function fail(diagnostics: readonly ts.Diagnostic[]): never {
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  throw new Error(`the API's declarations do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
}

/** tsc's declarations for the entry and every server file it reaches. */
function emitDeclarations(outDir: string): void {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) });
  if (!config) throw new Error("tsconfig.json could not be read");
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    allowJs: false,
    outDir,
    rootDir: root,
    // What server/app.ts brings into the whole project's program: pino-http's `req.id`/`req.log`
    // and the Remix types that load-context.ts augments.
    types: ["node", "pino-http", "@remix-run/node"],
  };
  const program = ts.createProgram([ENTRY], options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) fail(diagnostics);
  const emitted = program.emit();
  if (emitted.emitSkipped || emitted.diagnostics.length > 0) fail(emitted.diagnostics);
}

/** One file: every local declaration the entry reaches inlined, packages left as imports. */
async function bundle(input: string, output: string): Promise<void> {
  const build = await rollup({ input, plugins: [dts()], external: (id) => !id.startsWith(".") && !path.isAbsolute(id) });
  await build.write({ file: output, format: "es" });
  await build.close();
}

function identifiersIn(node: ts.Node, found = new Set<string>()): Set<string> {
  if (ts.isIdentifier(node)) found.add(node.text);
  ts.forEachChild(node, (child) => void identifiersIn(child, found));
  return found;
}

/** Values declared with a type from a package outside ALLOWED_IMPORTS, such as a Drizzle table. */
function foreignValues(source: ts.SourceFile): Set<string> {
  const foreignNames = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || ALLOWED_IMPORTS.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause;
    if (bindings) for (const name of identifiersIn(bindings)) foreignNames.add(name);
  }
  const values = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const names = declaration.type ? identifiersIn(declaration.type) : new Set<string>();
      if ([...names].some((name) => foreignNames.has(name)) && ts.isIdentifier(declaration.name)) values.add(declaration.name.text);
    }
  }
  return values;
}

/** `orders` in `typeof orders.$inferSelect` */
function leftmost(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(name.left);
}

/**
 * A type the server derives from a value (`(typeof orders.$inferSelect)["status"]`) would bring
 * that value's declaration, and its package, along: such an alias is written as what it resolves to.
 */
function resolveValueDerivedAliases(file: string): void {
  const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const foreign = foreignValues(source);
  const namesForeignValue = (node: ts.Node): boolean =>
    (ts.isTypeQueryNode(node) && foreign.has(leftmost(node.exprName))) || (ts.forEachChild(node, namesForeignValue) ?? false);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement) || statement.typeParameters || !namesForeignValue(statement.type)) continue;
    const resolved = checker.getTypeAtLocation(statement.type);
    const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
    edits.push({ start: statement.type.getStart(source), end: statement.type.getEnd(), text: checker.typeToString(resolved, statement, flags) });
  }
  let text = source.getFullText();
  for (const edit of edits.reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  writeFileSync(file, text);
}

export function importsOf(declarations: string): string[] {
  return [...declarations.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/g), ...declarations.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

export async function buildApiTypes(outFile = API_TYPES_FILE): Promise<string> {
  // Inside the project, so that the packages the intermediate files name resolve from node_modules.
  mkdirSync(path.join(root, "dist"), { recursive: true });
  const work = mkdtempSync(path.join(root, "dist", ".api-types-"));
  try {
    emitDeclarations(path.join(work, "declarations"));
    const bundled = path.join(work, "bundled.d.ts");
    await bundle(path.join(work, "declarations/server/trpc/public-api.d.ts"), bundled);
    resolveValueDerivedAliases(bundled);
    mkdirSync(path.dirname(outFile), { recursive: true });
    await bundle(bundled, outFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const declarations = readFileSync(outFile, "utf8");
  const foreign = importsOf(declarations).filter((name) => !ALLOWED_IMPORTS.has(name));
  if (foreign.length > 0) throw new Error(`${path.relative(root, outFile)} needs server packages: ${[...new Set(foreign)].join(", ")}`);
  return outFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFile = await buildApiTypes();
  process.stdout.write(`wrote ${path.relative(root, outFile)}\n`);
}
