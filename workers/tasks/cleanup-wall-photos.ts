// Hourly: deletes unsaved wall photos older than a day, with their files (server/mockups/wall-cleanup.ts),
// drafts untouched for a day and deleted mockups' composites after a week (server/mockups/mockup-cleanup.ts).
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import { deleteStaleDrafts, removeDeletedComposites } from "../../server/mockups/mockup-cleanup";
import { deleteUnsavedWallPhotos } from "../../server/mockups/wall-cleanup";
import type { WorkerDeps } from "../deps";

export function cleanupWallPhotos(deps: Pick<WorkerDeps, "db" | "storage" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanHours } = parseJobPayload("cleanup_wall_photos", payload);
    const deleted = await deleteUnsavedWallPhotos(deps, { olderThanHours });
    deps.log.info({ jobId: helpers.job.id, deleted, olderThanHours }, "unsaved wall photos deleted");
    const drafts = await deleteStaleDrafts(deps.db);
    const composites = await removeDeletedComposites(deps);
    deps.log.info({ jobId: helpers.job.id, drafts, composites }, "stale mockup drafts and deleted mockups' composites removed");
  };
}
