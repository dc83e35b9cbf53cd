// The `newsletter` tRPC router; it answers the same whether or not the address was already subscribed.
import { publicProcedure, router } from "../trpc/init";
import { signupSchema, signUp } from "./subscribe";

export const newsletterRouter = router({
  subscribe: publicProcedure.input(signupSchema).mutation(async ({ ctx, input }) => {
    await signUp(ctx.db, input, ctx);
    return { subscribed: true as const };
  }),
});
