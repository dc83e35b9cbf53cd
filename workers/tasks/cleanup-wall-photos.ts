// Hourly: deletes unsaved wall photos older than a day, with their files (server/mockups/wall-cleanup.ts).
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import { deleteUnsavedWallPhotos } from "../../server/mockups/wall-cleanup";
import type { WorkerDeps } from "../deps";

export function cleanupWallPhotos(deps: Pick<WorkerDeps, "db" | "storage" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanHours } = parseJobPayload("cleanup_wall_photos", payload);
    const deleted = await deleteUnsavedWallPhotos(deps, { olderThanHours });
    deps.log.info({ jobId: helpers.job.id, deleted, olderThanHours }, "unsaved wall photos deleted");
  };
}
