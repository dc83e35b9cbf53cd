// Server-only code for the back office's content pages (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { toResponse } from "../../server/errors";
export { contentPageInput, contentResetForm, contentSlugOf, listContentPagesForAdmin, loadContentPageForAdmin, resetContentPage, saveContentPage } from "../../server/admin/content/content-admin";
