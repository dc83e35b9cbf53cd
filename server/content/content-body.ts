// A page's body as the owner types it: "## Heading" lines start sections, blank lines separate
// paragraphs, and lines of one paragraph run together. Plain text rather than HTML or Markdown, so
// what is saved can only ever be headings and paragraphs, whatever is pasted in.
import type { ContentSection } from "./pages";

export type ParsedBody = { ok: true; sections: ContentSection[] } | { ok: false; message: string };

const HEADING = /^##(?:\s+(.*))?$/;

export function parseContentBody(body: string): ParsedBody {
  const sections: ContentSection[] = [];
  let lines: string[] = [];
  const endParagraph = () => {
    const section = sections.at(-1);
    if (section && lines.length > 0) section.paragraphs.push(lines.join(" "));
    lines = [];
  };
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim().replace(/\s+/g, " ");
    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph();
      const text = heading[1]?.trim() ?? "";
      if (!text) return { ok: false, message: "A “##” line needs a heading after it." };
      if (sections.some((s) => s.heading === text)) return { ok: false, message: `Two sections are headed “${text}”; give each its own heading.` };
      sections.push({ heading: text, paragraphs: [] });
    } else if (line === "") {
      endParagraph();
    } else if (sections.length === 0) {
      return { ok: false, message: "Start the page with a heading line, such as “## Made to order”." };
    } else {
      lines.push(line);
    }
  }
  endParagraph();
  if (sections.length === 0) return { ok: false, message: "The page needs at least one section: a “## Heading” line and a paragraph under it." };
  const empty = sections.find((s) => s.paragraphs.length === 0);
  if (empty) return { ok: false, message: `The section “${empty.heading}” has no text under it.` };
  return { ok: true, sections };
}

/** The sections as the owner edits them; parseContentBody(formatContentBody(s)) gives s back. */
export function formatContentBody(sections: readonly ContentSection[]): string {
  return sections.map((s) => [`## ${s.heading}`, ...s.paragraphs].join("\n\n")).join("\n\n");
}
