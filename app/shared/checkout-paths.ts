// Where checkout sends the shopper: the web layer (routes, tRPC routers) picks these paths; the
// checkout services and the payment provider only carry them (decision 015).
/** Paths on the shop; `{CHECKOUT_SESSION_ID}` in the success path becomes the payment session's id. */
export type ReturnPaths = { successPath: string; cancelPath: string };

/** Stripe puts the session id where `{CHECKOUT_SESSION_ID}` stands; local test mode does the same. */
export const orderReturnPaths: ReturnPaths = { successPath: "/checkout/success?session_id={CHECKOUT_SESSION_ID}", cancelPath: "/checkout?cancelled=1" };
export const giftCardReturnPaths: ReturnPaths = { successPath: orderReturnPaths.successPath, cancelPath: "/gift-cards?cancelled=1" };

/** The thanks for an order a gift card paid in full: no payment session, so it is found by the checkout. */
export const placedOrderPath = (checkoutId: string) => `/checkout/success?checkout_id=${encodeURIComponent(checkoutId)}`;

export const expiredPath = (kind: "order" | "gift_card") => (kind === "gift_card" ? "/gift-cards?expired=1" : "/checkout?expired=1");

export const successPathFor = (sessionId: string) => orderReturnPaths.successPath.replace("{CHECKOUT_SESSION_ID}", encodeURIComponent(sessionId));
