// What a chat tool is: a zod input (given to the model as JSON Schema) and a call into the shop's own
// services with the caller's context. The context is the server's: no input names a session, cart,
// conversation or mockup (finding 42).
import { z } from "zod";
import { isCleanText } from "../../../app/shared/clean-text";
import type { Db } from "../../../db/client";
import type { Env } from "../../env";
import type { Session } from "../../http/session";
import type { Logger } from "../../log";
import type { RateLimits } from "../../rate-limits/rate-limits";
import type { ChatToolDisplay } from "../events";

export type ToolContext = {
  db: Db;
  env: Env;
  session: Session;
  clientIp: string;
  rateLimits: RateLimits;
  log: Logger;
  /** the turn's conversation, already checked to be the session's; none when a tool runs outside a turn */
  conversationId?: string;
};

export type ToolResult = { data: unknown; display: ChatToolDisplay };

export type ChatTool<Input = unknown> = {
  name: string;
  description: string;
  /** the "tool started" line the shopper sees */
  label: string;
  input: z.ZodType<Input>;
  run(ctx: ToolContext, input: Input): Promise<ToolResult>;
};

/** Keeps each tool's input type tied to its schema while the registry holds them all alike. */
export function defineTool<Input>(tool: ChatTool<Input>): ChatTool {
  return tool as unknown as ChatTool;
}

/** Plain one-line text a tool may take: Postgres cannot hold NUL or lone surrogates, and long text is no search. */
export const toolText = (max: number) => z.string().trim().min(1).max(max).refine(isCleanText, "must be plain text");

export const positiveId = z.number().int().positive().max(2_147_483_647);
