// The typed API: every router is listed here. Outside developers get its types from `printroom/api`
// (server/trpc/public-api.ts, built into one declaration file), never from this file.
import { adminRouter } from "../admin/router";
import { cartRouter } from "../cart/router";
import { catalogRouter } from "../catalog/router";
import { chatRouter } from "../chat/router";
import { checkoutRouter } from "../checkout/router";
import { giftCardsRouter } from "../giftcards/router";
import { mockupsRouter } from "../mockups/router";
import { newsletterRouter } from "../newsletter/router";
import { ordersRouter } from "../orders/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  catalog: catalogRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  giftCards: giftCardsRouter,
  newsletter: newsletterRouter,
  mockups: mockupsRouter,
  chat: chatRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
