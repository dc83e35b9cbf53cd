// Proposes a wall photo's corners and colour (server/mockups/wall-analysis.ts).
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import { analyseWallPhoto as analyse } from "../../server/mockups/wall-analysis";
import type { WorkerDeps } from "../deps";

export function analyseWallPhoto(deps: Pick<WorkerDeps, "db" | "storage" | "log">): Task {
  return async (payload, helpers) => {
    const { wallPhotoId } = parseJobPayload("analyse_wall_photo", payload);
    await analyse({ ...deps, log: deps.log.child({ task: "analyse_wall_photo", jobId: helpers.job.id }) }, wallPhotoId);
  };
}
