// The `checkout` tRPC router: starting a checkout answers with the URL to send the shopper to.
import { publicProcedure, router } from "../trpc/init";
import { createCheckout, createCheckoutSchema } from "./create-checkout";

export const checkoutRouter = router({
  create: publicProcedure
    .input(createCheckoutSchema)
    .mutation(({ ctx, input }) => createCheckout(ctx, { ...input, sessionId: ctx.session.id })),
});
