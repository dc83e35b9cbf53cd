// The `checkout` tRPC router: starting a checkout answers with the URL to send the shopper to (the
// payment page, or the thanks when a gift card paid it all).
import { orderReturnPaths, placedOrderPath } from "../../app/shared/checkout-paths";
import { publicProcedure, router } from "../trpc/init";
import { createCheckout, createCheckoutSchema } from "./create-checkout";

export const checkoutRouter = router({
  create: publicProcedure.input(createCheckoutSchema).mutation(async ({ ctx, input }) => {
    const started = await createCheckout(ctx, { ...input, sessionId: ctx.session.id, returnPaths: orderReturnPaths });
    return { checkoutId: started.checkoutId, url: started.paymentUrl ?? placedOrderPath(started.checkoutId) };
  }),
});
