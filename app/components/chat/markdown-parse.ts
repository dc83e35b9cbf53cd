// The assistant's answers are Markdown from a model that an attacker may steer, so only a small
// subset is understood: paragraphs, headings, lists, code, emphasis and links. There is no HTML
// (the text is never parsed as markup) and no images: `![alt](url)` becomes its alt text, so an
// image URL in an answer loads nothing. Links keep only same-site paths and https addresses.
// Measured before writing this: markdown-to-jsx 9 is 31.5 KB gzip (7.7, 6.6 KB, is no longer
// released), against ~1.5 KB here, and a parser that never sees HTML has no HTML switch to get wrong.
import { safeRedirectPath } from "~/shared/safe-redirect";

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong" | "em"; children: Inline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; external: boolean; children: Inline[] };

export type Block =
  | { kind: "paragraph"; lines: Inline[][] }
  | { kind: "heading"; children: Inline[] }
  | { kind: "list"; ordered: boolean; start: number; items: Inline[][] }
  | { kind: "code"; text: string }
  | { kind: "rule" };

/** A link target the panel may follow: a path on this site, or an https address; null otherwise. */
export function safeHref(raw: string): { href: string; external: boolean } | null {
  const value = raw.trim();
  if (value.startsWith("/")) {
    const path = safeRedirectPath(value, "");
    return path ? { href: path, external: false } : null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password) return null;
  return { href: url.href, external: true };
}

// Images go first, so one inside a link's text cannot lend the link its address.
const IMAGE = /!\[([^\]\n]*)\]\([^()\n]*\)/g;
// One alternation, tried left to right at each position: link, bold, code, italic, bare URL.
const INLINE =
  /\[([^\]\n]+)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)|\*\*(.+?)\*\*|__(.+?)__|`([^`\n]+)`|\*([^*\s](?:[^*\n]*[^*\s])?)\*|(?<![\w])_([^_\s](?:[^_\n]*[^_\s])?)_(?![\w])|(https:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"])/g;

export function parseInline(source: string): Inline[] {
  const text = source.replace(IMAGE, "$1");
  const out: Inline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    if (last?.kind === "text") last.text += value;
    else out.push({ kind: "text", text: value });
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, linkText, linkHref, bold, boldAlt, code, em, emAlt, bareUrl] = match;
    pushText(text.slice(at, match.index));
    at = match.index + whole.length;
    if (linkText !== undefined) {
      const target = safeHref(linkHref ?? "");
      if (target) out.push({ kind: "link", ...target, children: parseInline(linkText) });
      else out.push(...parseInline(linkText));
    } else if (bold !== undefined || boldAlt !== undefined) out.push({ kind: "strong", children: parseInline(bold ?? boldAlt ?? "") });
    else if (code !== undefined) out.push({ kind: "code", text: code });
    else if (em !== undefined || emAlt !== undefined) out.push({ kind: "em", children: parseInline(em ?? emAlt ?? "") });
    else if (bareUrl !== undefined) {
      const target = safeHref(bareUrl);
      if (target) out.push({ kind: "link", ...target, children: [{ kind: "text", text: bareUrl }] });
      else pushText(bareUrl);
    }
  }
  pushText(text.slice(at));
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", lines: paragraph.map(parseInline) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: "list", ordered: list.ordered, start: list.start, items: list.items.map(parseInline) });
    list = null;
  };
  const flush = () => {
    flushParagraph();
    flushList();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!); i++) body.push(lines[i]!);
      blocks.push({ kind: "code", text: body.join("\n") });
      continue;
    }
    if (line.trim() === "") {
      flushParagraph();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", children: parseInline(heading[1]!) });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ kind: "rule" });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = Boolean(numbered);
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list.items.push(bullet ? bullet[1]! : numbered![2]!);
      continue;
    }
    const text = line.replace(/^\s{0,3}>\s?/, "");
    // An indented line right after an item continues it; anything else ends the list.
    if (list && paragraph.length === 0 && /^\s/.test(line) && lines[i - 1]?.trim() !== "") {
      list.items[list.items.length - 1] += ` ${text.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(text.trim());
  }
  flush();
  return blocks;
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((node) => (node.kind === "text" || node.kind === "code" ? node.text : inlineText(node.children))).join("");
}

/** The words of an answer without its Markdown, for a screen reader's announcement. */
export function plainText(source: string): string {
  return parseMarkdown(source)
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return block.lines.map(inlineText).join(" ");
        case "heading":
          return inlineText(block.children);
        case "list":
          return block.items.map(inlineText).join("; ");
        case "code":
          return block.text;
        case "rule":
          return "";
      }
    })
    .filter(Boolean)
    .join(" ");
}
