// The `orders` tRPC router: tracking needs the order number and the e-mail, and is rate-limited per client.
// `track` is a mutation so the e-mail travels in a POST body, never in a URL that access logs keep.
import { publicProcedure, router } from "../trpc/init";
import { trackOrderForClient, trackOrderSchema } from "./track-order";

export const ordersRouter = router({
  track: publicProcedure.input(trackOrderSchema).mutation(({ ctx, input }) => trackOrderForClient(ctx, input)),
});
