// What a supervised child tells the supervisor over the IPC channel, and how it says it.
export type ChildRole = "web" | "jobs";

export type ChildMessage =
  /** the child serves (web: listening) or works (jobs: the runner started) */
  | { type: "ready" }
  /** an id graphile-worker locks this child's jobs under (its pool's or a worker's): freed if the child dies */
  | { type: "job-worker"; workerId: string };

export function tellSupervisor(message: ChildMessage): void {
  process.send?.(message);
}

/** Which child this process is, or undefined for the supervisor itself. */
export function childRole(): ChildRole | undefined {
  const role = process.env.PRINTROOM_ROLE;
  return role === "web" || role === "jobs" ? role : undefined;
}
