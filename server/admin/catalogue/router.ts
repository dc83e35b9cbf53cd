// The `admin.catalogue` procedures: photos, their price tables and collections, for the owner's own
// scripts; the same services, audit rows and page-cache notices as the back office's pages. Inputs
// are the pages' fields (numbers may be sent as numbers, tags as one comma-separated string); prices
// are integer cents.
import { z } from "zod";
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { createCollectionAsAdmin, listAdminCollections, loadAdminCollection, setCollectionPhotos, updateCollectionAsAdmin } from "./collection-admin";
import { collectionFormSchema, collectionPhotosSchema } from "./collection-form";
import { createPhotoAsAdmin, loadAdminPhoto, updatePhotoAsAdmin } from "./photo-admin";
import { photoFormSchema } from "./photo-form";
import { listAdminPhotos, photoListInput } from "./photo-list";
import { priceCellsInput } from "./price-form";
import { loadPriceMatrix, savePriceMatrix } from "./price-matrix";

const id = z.number().int().min(1).max(2_147_483_647);
const byId = z.object({ id });

// Nested as plain records (not routers), for the reason server/admin/router.ts gives.
export const adminCatalogueRouter = router({
  photos: {
    /** 25 a page in the store's order; `q` matches title, place or a tag; `status` is `active` or `inactive` */
    list: adminProcedure.input(photoListInput).query(({ ctx, input }) => listAdminPhotos(ctx.db, input)),
    get: adminProcedure.input(byId).query(({ ctx, input }) => loadAdminPhoto(ctx.db, input.id)),
    /** made off sale; it goes on sale once its image is uploaded (on its page) and `isActive` is sent */
    create: adminProcedure.input(photoFormSchema).mutation(({ ctx, input }) => createPhotoAsAdmin(ctx.db, ctx.admin, input)),
    /** every field, as on the page; the slug never changes */
    update: adminProcedure.input(photoFormSchema.extend({ id })).mutation(({ ctx, input: { id: photoId, ...form } }) => updatePhotoAsAdmin(ctx.db, ctx.admin, photoId, form)),
  },
  prices: {
    /** the sizes × materials table: each cell's variant, price in cents (null: not sold), on sale, and a suggested price */
    get: adminProcedure.input(byId).query(({ ctx, input }) => loadPriceMatrix(ctx.db, input.id)),
    /** only the cells sent change; `priceCents: null` takes a cell off sale (its variant and last price are kept) */
    set: adminProcedure.input(z.object({ id, cells: priceCellsInput })).mutation(({ ctx, input }) => savePriceMatrix(ctx.db, ctx.admin, input.id, input.cells)),
  },
  collections: {
    /** all of them, in the store's order, with how many photos each holds */
    list: adminProcedure.query(({ ctx }) => listAdminCollections(ctx.db)),
    get: adminProcedure.input(byId).query(({ ctx, input }) => loadAdminCollection(ctx.db, input.id)),
    /** an empty `slug` is made from the title; no cover yet (it has no photos) */
    create: adminProcedure.input(collectionFormSchema).mutation(({ ctx, input }) => createCollectionAsAdmin(ctx.db, ctx.admin, input)),
    /** `coverPhotoId` must be one of its photos, or null for its first photo */
    update: adminProcedure
      .input(collectionFormSchema.extend({ id }))
      .mutation(({ ctx, input: { id: collectionId, ...form } }) => updateCollectionAsAdmin(ctx.db, ctx.admin, collectionId, form)),
    /** exactly these photos are in it afterwards (moved from any other collection); a cover that leaves is cleared */
    setPhotos: adminProcedure
      .input(collectionPhotosSchema.extend({ id }))
      .mutation(({ ctx, input: { id: collectionId, photoIds } }) => setCollectionPhotos(ctx.db, ctx.admin, collectionId, { photoIds })),
  },
});
