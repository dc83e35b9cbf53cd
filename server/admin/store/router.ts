// The `admin.store` procedures: the photo book's price (cents) and stock, for the owner's own scripts.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { bookUpdateSchema, loadBookForAdmin, updateBook } from "./book";

export const adminStoreRouter = router({
  book: adminProcedure.query(({ ctx }) => loadBookForAdmin(ctx.db)),
  /** a repeat of the current values answers `changed: false` and writes nothing */
  updateBook: adminProcedure.input(bookUpdateSchema).mutation(({ ctx, input }) => updateBook(ctx.db, ctx.admin, input)),
});
