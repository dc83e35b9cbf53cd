// Server-only assistant code for the /assistant page (decision 015).
export { answerOnPage, assistantFormSchemaFor, latestConversation, startOverOnPage } from "../../server/chat/page-turn";
