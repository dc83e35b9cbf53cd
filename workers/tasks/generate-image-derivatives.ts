// Makes a photo's responsive copies (server/images/photo-derivatives.ts).
import type { Task } from "graphile-worker";
import { generateDerivativesForPhoto } from "../../server/images/photo-derivatives";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function generateImageDerivatives(deps: Pick<WorkerDeps, "db" | "storage" | "log">): Task {
  return async (payload, helpers) => {
    const { photoId } = parseJobPayload("generate_image_derivatives", payload);
    await generateDerivativesForPhoto({ ...deps, log: deps.log.child({ task: "generate_image_derivatives", jobId: helpers.job.id }) }, photoId);
  };
}
