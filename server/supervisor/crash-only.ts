// A supervised child's answer to a fault nobody caught (decision 017): log it once and exit at once,
// so the supervisor replaces the process with a fresh one instead of letting it limp on in a state
// nobody checked. Exiting in the same tick also means no new request reaches it.
import type { Logger } from "../log";

/** The exit code of a child that met an uncaught fault (EX_SOFTWARE). */
export const EXIT_ON_FAULT = 70;

/**
 * `survivable` names rejections nobody awaited that leave this process's state intact: in a web
 * process, a query of a connection the database dropped (each request's writes are a transaction
 * Postgres rolled back with it). A thrown exception is never survivable.
 */
export function exitOnUncaughtFaults(log: Logger, options: { survivable?: (reason: unknown) => boolean } = {}): void {
  const exit = (kind: string, error: unknown) => {
    log.fatal({ err: error, fault: kind }, "a fault nobody caught: exiting so the supervisor starts a fresh process");
    process.exit(EXIT_ON_FAULT);
  };
  process.on("uncaughtException", (error) => exit("uncaughtException", error));
  process.on("unhandledRejection", (reason) => {
    if (options.survivable?.(reason)) return log.warn({ err: reason }, "a database query nobody awaited failed with its connection");
    exit("unhandledRejection", reason);
  });
}
