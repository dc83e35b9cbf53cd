// The `mockups` tRPC router: a wall photo is uploaded as the request's raw bytes, then read back by
// its owner while the analysis job works. Nothing here takes a URL to fetch (finding 5).
import { z } from "zod";
import { publicProcedure, router } from "../trpc/init";
import { readUploadBytes, wallPhotoBody } from "./upload-body";
import { wallPhotoForSession } from "./wall-photo-view";
import { countWallUpload, storeWallPhoto } from "./wall-upload";

export const mockupsRouter = router({
  /**
   * Listed in `proceduresTakingUploads`: its body is `application/octet-stream`, so the cross-site
   * refusal in createContext (server/http/trpc-edge.ts, a 403 before this runs) is its guard.
   */
  uploadWallPhoto: publicProcedure.input(wallPhotoBody).mutation(async ({ ctx, input }) => {
    const sessionId = ctx.session.ensureId();
    // Read first: tRPC takes the body off the socket as it arrives, so only a reader that is
    // already waiting notices the limit as soon as it is crossed and answers before the upload ends.
    const bytes = await readUploadBytes(input);
    await countWallUpload(ctx, { sessionId, clientIp: ctx.clientIp });
    return storeWallPhoto(ctx, { sessionId, bytes });
  }),
  wallPhoto: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => wallPhotoForSession(ctx.db, { id: input.id, sessionId: ctx.session.id ?? null })),
});
