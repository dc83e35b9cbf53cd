// A real pino logger whose lines land in an array, for tests that assert what was logged.
import { pino } from "pino";
import type { Logger } from "../server/log";

export type LogLine = { level: number; msg: string; [key: string]: unknown };

export function capturingLogger(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino({ level: "debug", base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines };
}

export const ERROR_LEVEL = 50;
