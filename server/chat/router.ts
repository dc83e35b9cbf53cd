// The `chat` tRPC router. `send` streams a turn's ChatEvents (an async iterable over
// httpBatchStreamLink, on a link of its own); the client's Stop aborts the request and `signal`
// stops the model and keeps the partial answer. Conversations belong to the session: another
// session's, a malformed and a missing id all answer NOT_FOUND alike (findings 4, 33).
import { z } from "zod";
import { publicProcedure, router } from "../trpc/init";
import { CHAT_START_LIMIT } from "./chat-limits";
import { conversationHistory, listConversations, startConversation } from "./conversations";
import { conversationIdSchema, sendMessageSchema } from "./inputs";
import { prepareTurn, streamTurn } from "./run-turn";

export const chatRouter = router({
  start: publicProcedure.mutation(async ({ ctx }) => {
    const sessionId = ctx.session.ensureId();
    await ctx.rateLimits.limiter(CHAT_START_LIMIT).consume(ctx.clientIp);
    return startConversation(ctx.db, sessionId);
  }),
  // The checks run before the stream starts, so a refusal is a typed error (NOT_FOUND,
  // TOO_MANY_REQUESTS) rather than an event; from then on every outcome is an event.
  send: publicProcedure.input(sendMessageSchema).mutation(async ({ ctx, input, signal }) => {
    const turn = await prepareTurn(ctx, input);
    return streamTurn(turn, signal ?? new AbortController().signal);
  }),
  history: publicProcedure.input(z.object({ conversationId: conversationIdSchema })).query(async ({ ctx, input }) => ({
    ...(await conversationHistory(ctx.db, { id: input.conversationId, sessionId: ctx.session.id })),
    assistant: ctx.llm.kind,
  })),
  list: publicProcedure.query(({ ctx }) => listConversations(ctx.db, ctx.session.id)),
});
