// The `giftCards` tRPC router. `check` is a mutation so the code travels in the request body,
// never in a URL that access logs and browser history keep.
import { publicProcedure, router } from "../trpc/init";
import { applyGiftCardToCart, appliedGiftCard, removeGiftCardFromCart } from "./applied-card";
import { checkGiftCardForClient, checkGiftCardInput } from "./balance";

export const giftCardsRouter = router({
  check: publicProcedure.input(checkGiftCardInput).mutation(({ ctx, input }) => checkGiftCardForClient(ctx, input)),
  /** the one card checkout.create will hold; applying counts against the same limit as check */
  applyToCart: publicProcedure.input(checkGiftCardInput).mutation(({ ctx, input }) => applyGiftCardToCart(ctx, ctx.session.ensureId(), input)),
  removeFromCart: publicProcedure.mutation(({ ctx }) => removeGiftCardFromCart(ctx.db, ctx.session.id)),
  appliedToCart: publicProcedure.query(({ ctx }) => appliedGiftCard(ctx.db, ctx.session.id)),
});
