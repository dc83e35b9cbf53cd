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
    // Drafts first: a photo only a stale draft stood on can then go in the same run.
    const drafts = await deleteStaleDrafts(deps.db);
    const deleted = await deleteUnsavedWallPhotos(deps, { olderThanHours });
    const composites = await removeDeletedComposites(deps);
    deps.log.info({ jobId: helpers.job.id, deleted, olderThanHours, drafts, composites }, "unsaved wall photos, stale drafts and deleted mockups' composites removed");
  };
}
