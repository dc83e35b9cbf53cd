// What a supervised child tells the supervisor over the IPC channel, and how it says it.
export type ChildRole = "web" | "jobs";

export type ChildMessage =
  /** the child serves (web: listening) or works (jobs: the runner started) */
  | { type: "ready" }
  /** an id graphile-worker locks this child's jobs under (its pool's or a worker's): freed if the child dies */
  | { type: "job-worker"; workerId: string }
  /** a spare has loaded its code and waits to be told to start */
  | { type: "warm" };

/** What the supervisor tells a spare: start now, in place of a child that died. */
export type SupervisorMessage = { type: "go" };

/** Set in a spare's environment: load, say "warm", and start only when told "go". */
export const SPARE_ENV = "PRINTROOM_SPARE";

export function tellSupervisor(message: ChildMessage): void {
  process.send?.(message);
}

/** Which child this process is, or undefined for the supervisor itself. */
export function childRole(): ChildRole | undefined {
  const role = process.env.PRINTROOM_ROLE;
  return role === "web" || role === "jobs" ? role : undefined;
}

/** Returns at once in a child that was started as needed; a spare returns when told to take over. */
export function untilNeeded(): Promise<void> {
  if (process.env[SPARE_ENV] !== "1") return Promise.resolve();
  return new Promise((resolve) => {
    // Until it takes over, a spare nobody needs (the supervisor gone, or stopping) just exits.
    const exit = () => process.exit(0);
    const onMessage = (message: SupervisorMessage) => {
      if (message.type !== "go") return;
      process.off("message", onMessage).off("disconnect", exit).off("SIGTERM", exit);
      resolve();
    };
    process.on("message", onMessage).once("disconnect", exit).once("SIGTERM", exit);
    tellSupervisor({ type: "warm" });
  });
}
