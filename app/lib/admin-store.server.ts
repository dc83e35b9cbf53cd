// Server-only code for the back office's gift card and store pages (decision 015).
export { requireAdmin, adminResponseHeaders } from "../../server/admin/guard";
export { DomainError, toResponse } from "../../server/errors";
export { listGiftCards, loadAdminGiftCard } from "../../server/admin/giftcards/gift-card-list";
export { giftCardFormSchema, issueStoreCreditForm } from "../../server/admin/giftcards/gift-card-forms";
export { adjustGiftCard, deactivateGiftCard, issueStoreCredit, resendGiftCard } from "../../server/admin/giftcards/gift-card-actions";
export { bookForm, loadBookForAdmin, updateBook } from "../../server/admin/store/book";
