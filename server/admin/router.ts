// The `admin` tRPC router: what the back office's pages do, for the owner's own scripts, every
// procedure behind adminProcedure (server/admin/guard.ts). Each area mounts its router here.
import { router } from "../trpc/init";
import { signOutEverywhere } from "./access/sign-out-everywhere";
import { auditPageInput, listAuditLog } from "./audit/audit-log";
import { adminCatalogueRouter } from "./catalogue/router";
import { adminContentRouter } from "./content/router";
import { adminGiftCardsRouter } from "./giftcards/router";
import { adminProcedure } from "./guard";
import { adminHealthRouter } from "./health/router";
import { adminOrdersRouter } from "./orders/router";
import { adminPeopleRouter } from "./people/router";
import { adminShippingRouter } from "./shipping/router";
import { adminStoreRouter } from "./store/router";
import { adminTodayProcedure } from "./today/procedure";

// Areas are mounted by their records, not their routers: a router nested two deep keeps its
// context in its type, and `printroom/api` would then carry Drizzle and pino (public-api.test.ts).
export const adminRouter = router({
  /** who is signed in */
  me: adminProcedure.query(({ ctx }) => ctx.admin),
  /** the audit log, newest first; pass the answer's `nextBefore` as `before` for the next page */
  auditLog: adminProcedure.input(auditPageInput).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
  /** ends every session of the signed-in owner, the caller's too */
  signOutEverywhere: adminProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.admin.id)),
  orders: adminOrdersRouter._def.record,
  people: adminPeopleRouter._def.record,
  health: adminHealthRouter._def.record,
  today: adminTodayProcedure,
  giftCards: adminGiftCardsRouter._def.record,
  store: adminStoreRouter._def.record,
  catalogue: adminCatalogueRouter._def.record,
  content: adminContentRouter._def.record,
  shipping: adminShippingRouter._def.record,
});
