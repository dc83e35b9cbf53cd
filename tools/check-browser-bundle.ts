// `npm run check:bundle` (CI, after the production build): fails when a browser chunk of the build
// in the current folder holds zod, Drizzle, postgres.js or code from server/, db/ or workers/,
// naming the chunk and the pages whose first download includes it (decision 006).
import { describeServerCode, findServerCodeInBrowser } from "./browser-bundle-check";
import { readManifest, readMetafile } from "./remix-build";

const appDir = process.argv[2] ?? process.cwd();
const metafile = readMetafile(appDir);
const found = findServerCodeInBrowser(metafile, readManifest(appDir));
const chunks = Object.keys(metafile.outputs).filter((key) => key.endsWith(".js")).length;

if (found.length > 0) {
  process.stderr.write(
    `Server code in ${found.length} of ${chunks} browser chunks:\n${describeServerCode(found)}\n` +
      "Import server code into a route only through a *.server.ts module, or as `import type` (decision 006).\n",
  );
  process.exit(1);
}
process.stdout.write(`No server code in any of the ${chunks} browser chunks.\n`);
