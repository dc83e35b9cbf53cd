// The `giftCards` tRPC router. `check` is a mutation so the code travels in the request body,
// never in a URL that access logs and browser history keep.
import { publicProcedure, router } from "../trpc/init";
import { checkGiftCardForClient, checkGiftCardInput } from "./balance";

export const giftCardsRouter = router({
  check: publicProcedure.input(checkGiftCardInput).mutation(({ ctx, input }) => checkGiftCardForClient(ctx, input)),
});
