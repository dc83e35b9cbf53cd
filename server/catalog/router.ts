import { z } from "zod";
import { publicProcedure, router } from "../trpc/init";
import { listCollections } from "./collections";
import { listPhotosSchema, slugSchema } from "./inputs";
import { getPhotoBySlug, listPhotos } from "./photos";

export const catalogRouter = router({
  listPhotos: publicProcedure.input(listPhotosSchema).query(({ ctx, input }) => listPhotos(ctx.db, input)),
  photoBySlug: publicProcedure.input(z.object({ slug: slugSchema })).query(({ ctx, input }) => getPhotoBySlug(ctx.db, input.slug)),
  listCollections: publicProcedure.query(({ ctx }) => listCollections(ctx.db)),
});
