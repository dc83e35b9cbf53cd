// Server-only gift card code for the gift card routes (decision 015).
export { checkGiftCardForClient, checkGiftCardInput } from "../../server/giftcards/balance";
export { createGiftCardCheckout } from "../../server/checkout/gift-card-purchase";
export { giftCardPurchaseFormSchema } from "../../server/giftcards/purchase-form";
export { GIFT_CARD_MAX_CENTS, GIFT_CARD_MESSAGE_MAX, GIFT_CARD_MIN_CENTS, GIFT_CARD_PRESET_CENTS } from "../../server/giftcards/purchase-input";
