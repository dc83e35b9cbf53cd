// Reads a built stylesheet once per file name (the name carries a content hash) for inlining.
import { readFileSync } from "node:fs";
import path from "node:path";

const texts = new Map<string, string>();

/** The stylesheet at `href` (as `/build/_assets/…`), or "" when it cannot be read: the page links it then. */
export function stylesheetText(href: string): string {
  let text = texts.get(href);
  if (text === undefined) {
    try {
      text = readFileSync(path.join(process.cwd(), "public", href), "utf8");
    } catch {
      text = "";
    }
    texts.set(href, text);
  }
  return text;
}
