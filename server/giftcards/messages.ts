// Words the shopper reads about gift cards, kept in one place so every path says exactly the same.

/** The one answer for unknown, inactive and expired codes alike, so none can be told apart (finding 40). */
export const GIFT_CARD_NOT_USABLE = "We couldn't find an active gift card with that code. Check the code and try again.";

export const GIFT_CARD_CHECKS_EXHAUSTED = "Too many gift card checks from your connection. Please wait a few minutes and try again.";
