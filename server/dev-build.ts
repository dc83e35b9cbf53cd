// `npm run dev`: reload the Remix build when `remix dev` rewrites it.
import { watch } from "node:fs";
import path from "node:path";

export function watchDevBuild(buildPath: string, onChange: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  watch(path.dirname(buildPath), () => {
    clearTimeout(timer);
    timer = setTimeout(() => void onChange(), 100);
  });
}
