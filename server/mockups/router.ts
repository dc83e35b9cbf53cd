// The `mockups` tRPC router: a wall photo is uploaded as the request's raw bytes, then read back by
// its owner while the analysis job works; drafts and saved mockups belong to the session, and another
// session's answer is that of a missing id. Nothing here takes a URL to fetch (finding 5).
import { z } from "zod";
import { publicProcedure, router } from "../trpc/init";
import { addMockupToCart, copyMockup, deleteMockup } from "./mockup-actions";
import { saveDraft } from "./mockup-drafts";
import { listMyMockups } from "./mockup-list";
import { getMockup } from "./mockup-view";
import { listSampleRooms } from "./sample-rooms";
import { mockupIdSchema, mockupSceneSchema } from "./scene-schema";
import { mediaUrl } from "../catalog/images";
import { optionalText } from "../forms/fields";
import { saveMockup } from "./save";
import { readUploadBytes, wallPhotoBody } from "./upload-body";
import { wallPhotoForSession } from "./wall-photo-view";
import { countWallUpload, storeWallPhoto } from "./wall-upload";

const byId = z.object({ id: mockupIdSchema });

// The editor saves as the shopper works (debounced); this is well above that and far below a flood.
const draftSaves = { keyPrefix: "mockup-draft-session", points: 120, durationSeconds: 10 * 60, message: "That is a lot of saving in a short time; please wait a few minutes." };

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
  sampleRooms: publicProcedure.query(({ ctx }) => listSampleRooms(ctx.db)),
  saveDraft: publicProcedure.input(z.object({ id: mockupIdSchema.optional(), scene: mockupSceneSchema })).mutation(async ({ ctx, input }) => {
    const sessionId = ctx.session.ensureId();
    await ctx.rateLimits.limiter(draftSaves).consume(sessionId);
    return saveDraft(ctx.db, { sessionId, id: input.id, scene: input.scene });
  }),
  /** Renders the composite and makes the share link live; the answer's paths are the share page's and the image's. */
  save: publicProcedure.input(byId.extend({ title: optionalText({ max: 120 }) })).mutation(async ({ ctx, input }) => {
    const saved = await saveMockup(ctx, { id: input.id, sessionId: ctx.session.id ?? "", title: input.title || undefined });
    return { id: saved.id, shareUrl: `/mockups/${saved.id}`, compositeUrl: mediaUrl(saved.compositeKey) };
  }),
  get: publicProcedure.input(byId).query(({ ctx, input }) => getMockup(ctx.db, { id: input.id, sessionId: ctx.session.id ?? null })),
  listMine: publicProcedure.query(({ ctx }) => listMyMockups(ctx.db, ctx.session.id ?? null)),
  delete: publicProcedure.input(byId).mutation(({ ctx, input }) => deleteMockup(ctx.db, { id: input.id, sessionId: ctx.session.id ?? null })),
  copy: publicProcedure.input(byId).mutation(({ ctx, input }) => copyMockup(ctx.db, { id: input.id, sessionId: ctx.session.ensureId() })),
  addToCart: publicProcedure.input(byId).mutation(({ ctx, input }) => addMockupToCart(ctx.db, { id: input.id, sessionId: ctx.session.ensureId() })),
});
