// The `admin.shipping` procedures: shipping zones, their countries and rates in cents, for the owner's own scripts.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { deleteZone, listZonesForAdmin, loadZoneForAdmin, saveZone } from "./zone-admin";
import { zoneCodeInput, zoneInput } from "./zone-input";

export const adminShippingRouter = router({
  /** every zone in the order quotes try them, with its rates by shipping class */
  list: adminProcedure.query(({ ctx }) => listZonesForAdmin(ctx.db)),
  get: adminProcedure.input(zoneCodeInput).query(({ ctx, input }) => loadZoneForAdmin(ctx.db, input.code)),
  /** creates the zone or replaces it by its code; a country in another zone is a CONFLICT; a repeat answers `changed: false` */
  save: adminProcedure.input(zoneInput).mutation(({ ctx, input }) => saveZone(ctx.db, ctx.admin, input, "upsert")),
  delete: adminProcedure.input(zoneCodeInput).mutation(async ({ ctx, input }) => {
    await deleteZone(ctx.db, ctx.admin, input.code);
    return { deleted: true };
  }),
});
