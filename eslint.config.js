// Lint for the whole repository: TypeScript's recommended rules, the rules of hooks for React code,
// no console output from server code (it logs through pino with a request or job id), and the
// import boundaries that keep server code out of the browser bundle (decision 006).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Import sources, as written: zod, Drizzle and postgres.js with their subpaths, and the repository's
// server-only folders reached by a relative path, through `~/../`, or bare through tsconfig's baseUrl.
const SERVER_PACKAGES = "^(?:zod|drizzle-orm|postgres)(?:/|$)";
const SERVER_FOLDERS = "^(?:(?:\\.{1,2}/)+|~/\\.\\./)?(?:server|db|workers)(?:/|$)";
const NODE_BUILTINS = `^(?:node:|(?:${builtinModules.join("|")})(?:/|$))`;
const PAGE_FOLDERS = "^(?:(?:\\.\\./)+|~/)(?:routes|components)(?:/|$)";
const SERVER_MODULE = "\\.server(?:\\.[jt]sx?)?$";
// From server/, db/ or workers/: anything under app/ but its shared folder (decision 016).
const APP_BUT_SHARED = "^(?:\\.\\./)+app/(?!shared/)";

const browserMessage =
  "server code must not reach the browser bundle; import it through a `*.server.ts` module (app/lib/<domain>.server.ts) or as `import type` (decision 006)";
const serverMessage = "server code may import from app/ only its shared helpers (app/shared/, decision 016)";
const sharedMessage =
  "app/shared/ is imported by the browser and the server alike: pure helpers only, no I/O, no server packages or folders, nothing from pages (even as a type)";

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", ".data/", "coverage/", "node_modules/", "e2e/artifacts/", "bench/results/", "dist/", "examples/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["server/**", "db/**", "workers/**"],
    rules: { "no-console": "error" },
  },
  {
    // Tests of a route import the route itself; the code under test does not.
    files: ["server/**", "db/**", "workers/**"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ regex: APP_BUT_SHARED, message: serverMessage }] }] },
  },
  {
    // Type-only imports are erased; a value import ships its module's top-level code to the browser
    // even when only a loader uses it. Any `*.server.ts` is emptied in the browser build, so it may.
    // The root route and the browser entry are bundled for the browser too; entry.server is not.
    files: ["app/routes/**", "app/components/**", "app/lib/**", "app/root.tsx", "app/entry.client.tsx"],
    ignores: ["app/**/*.server.{ts,tsx}", "app/**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: SERVER_PACKAGES, allowTypeImports: true, message: browserMessage },
            { regex: SERVER_FOLDERS, allowTypeImports: true, message: browserMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["app/shared/**"],
    ignores: ["app/**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: NODE_BUILTINS, message: sharedMessage },
            { regex: SERVER_PACKAGES, message: sharedMessage },
            { regex: SERVER_FOLDERS, message: sharedMessage },
            { regex: PAGE_FOLDERS, message: sharedMessage },
            { regex: SERVER_MODULE, message: sharedMessage },
          ],
        },
      ],
    },
  },
);
