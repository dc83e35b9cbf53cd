// Server-only order code for the tracking route (decision 015).
export { trackOrderByLink, trackOrderForClient, trackOrderSchema } from "../../server/orders/track-order";
