// Every background task, by the name jobs are enqueued under.
import type { TaskList } from "graphile-worker";
import type { WorkerDeps } from "../deps";

export function buildTaskList(_deps: WorkerDeps): TaskList {
  return {};
}
