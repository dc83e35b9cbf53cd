// The `admin.people` procedures: subscribers and the contact inbox, for the owner's own scripts;
// the same services and audit rows as the back office's pages. The CSV export is a download at
// /admin/people/subscribers.csv, behind the same guard.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { inboxInput, listContactMessages, markContactMessageHandled, markHandledInput } from "./contact-inbox";
import { listSubscribers, subscriberListInput, unsubscribeFromBackOffice, unsubscribeInput } from "./subscribers";

export const adminPeopleRouter = router({
  /** newest first, `q` searches the address; pass the answer's `nextBefore` as `before` for the next page */
  subscribers: adminProcedure.input(subscriberListInput).query(({ ctx, input }) => listSubscribers(ctx.db, input)),
  /** removes the address from the list */
  unsubscribe: adminProcedure.input(unsubscribeInput).mutation(async ({ ctx, input }) => {
    const removed = await unsubscribeFromBackOffice(ctx.db, ctx.admin, input);
    return { id: removed.id, email: removed.email };
  }),
  /** `show`: waiting (the default), handled or all */
  inbox: adminProcedure.input(inboxInput).query(({ ctx, input }) => listContactMessages(ctx.db, input)),
  markHandled: adminProcedure.input(markHandledInput).mutation(({ ctx, input }) => markContactMessageHandled(ctx.db, ctx.admin, input)),
});
