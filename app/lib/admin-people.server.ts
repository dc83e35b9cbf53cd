// Server-only code for the back office's People pages (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { DomainError } from "../../server/errors";
export { listSubscribers, unsubscribeFromBackOffice, unsubscribeInput } from "../../server/admin/people/subscribers";
export { subscribersCsvFileName, subscribersCsvStream } from "../../server/admin/people/subscribers-csv";
export { inboxViews, listContactMessages, markContactMessageHandled, markHandledInput } from "../../server/admin/people/contact-inbox";
