// Server-only back-office code for the /admin routes (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { adminCookie, clearedAdminCookie } from "../../server/admin/access/session-token";
export { loginFormSchema, logIn } from "../../server/admin/access/login";
export { adminForSession, endAdminSession, openSessionCount } from "../../server/admin/access/sessions";
export { signOutEverywhere } from "../../server/admin/access/sign-out-everywhere";
export { listAuditLog } from "../../server/admin/audit/audit-log";
export { toResponse } from "../../server/errors";
