// Server-only code for the development mail page (decision 015).
export { listOutbox } from "../../server/integrations/mail/outbox";
