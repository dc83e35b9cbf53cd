// Cleanup that runs when the test file is done, wherever it was asked for. Vitest silently drops an
// `afterAll` registered inside a `beforeAll` or a test, so servers and folders started there used to
// outlive their file. This module registers one `afterAll` when a test file first imports it (at
// the file's top level: each file gets its own copy of the module), and that one runs them all,
// the latest first.
import { afterAll } from "vitest";

const pending: (() => unknown)[] = [];

afterAll(async () => {
  for (const cleanup of pending.splice(0).reverse()) await cleanup();
});

export function atFileEnd(cleanup: () => unknown): void {
  pending.push(cleanup);
}
