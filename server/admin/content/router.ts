// The `admin.content` procedures: the policy pages' words, for the owner's own scripts.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { contentPageInput, contentSlugInput, listContentPagesForAdmin, loadContentPageForAdmin, resetContentPage, saveContentPage } from "./content-admin";

export const adminContentRouter = router({
  list: adminProcedure.query(({ ctx }) => listContentPagesForAdmin(ctx.db)),
  /** the page as shown, with its body as the plain text the editor takes */
  get: adminProcedure.input(contentSlugInput).query(({ ctx, input }) => loadContentPageForAdmin(ctx.db, input.slug)),
  /** `body`: "## Heading" lines start sections, blank lines separate paragraphs; a repeat answers `changed: false` */
  save: adminProcedure.input(contentSlugInput.extend(contentPageInput.shape)).mutation(({ ctx, input: { slug, ...page } }) => saveContentPage(ctx.db, ctx.admin, slug, page)),
  /** back to the shop's default words */
  reset: adminProcedure.input(contentSlugInput).mutation(({ ctx, input }) => resetContentPage(ctx.db, ctx.admin, input.slug)),
});
