// Markdown for docs/performance.md: each benchmark owns one marked section, so running a subset
// (`npm run bench -- bundle`) rewrites only its own section and keeps the others' last results.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";

export type Section = { id: string; markdown: string };

export type Target = { met: boolean; text: string };

export const target = (met: boolean, text: string): Target => ({ met, text });

export const verdict = (t: Target) => `${t.met ? "met" : "**missed**"} (${t.text})`;

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${cpus.length} cores (${model}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Other processes on the machine skew every number here; the 1-minute load average says how much. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(1);

export function measuredLine(extra = ""): string {
  const date = new Date().toISOString().replace("T", " ").slice(0, 16);
  return `_Measured ${date} UTC on ${machine()}; 1-min load average at the end: ${loadAverage()}${extra ? `; ${extra}` : ""}._`;
}

const begin = (id: string) => `<!-- bench:${id} -->`;
const end = (id: string) => `<!-- /bench:${id} -->`;

/** Replaces each section between its markers, appending sections the page does not have yet. */
export function writeSections(file: string, skeleton: string, sections: Section[]): void {
  let text = existsSync(file) ? readFileSync(file, "utf8") : skeleton;
  for (const section of sections) {
    const block = `${begin(section.id)}\n${section.markdown.trim()}\n${end(section.id)}`;
    const start = text.indexOf(begin(section.id));
    const stop = text.indexOf(end(section.id));
    text = start >= 0 && stop > start ? text.slice(0, start) + block + text.slice(stop + end(section.id).length) : `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, text);
}

export const markers = { begin, end };
