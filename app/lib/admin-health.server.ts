// Server-only code for the back office's Health page and its front page's Today panel (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { DomainError } from "../../server/errors";
export { listPaymentAnomalies } from "../../server/admin/health/payment-anomalies";
export { listTroubledJobs, retryJob, retryJobInput } from "../../server/admin/health/troubled-jobs";
export { todayAtAGlance } from "../../server/admin/today/today";
