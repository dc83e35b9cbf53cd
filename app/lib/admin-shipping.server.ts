// Server-only code for the back office's shipping pages (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { toResponse } from "../../server/errors";
export { checkoutCoverage, deleteZone, listZonesForAdmin, loadZoneForAdmin, saveZone } from "../../server/admin/shipping/zone-admin";
export { zoneCreateForm, zoneDeleteForm, zoneEditForm } from "../../server/admin/shipping/zone-input";
