// One tool call from the model, made safe: an unknown tool, input its schema refuses and a refused
// action all become a tool error the model reads, never an exception; the result is data, cut to
// a bounded size (finding 22).
import type { ChatToolDisplay } from "./events";
import { DomainError } from "../errors";
import { toolNamed } from "./tools/index";
import type { ToolContext } from "./tools/tool";

export const TOOL_RESULT_MAX_CHARS = 20_000;
const CUT = "…[cut: the result was too long]";

export type ToolCall = { id: string; name: string; input: unknown };
export type ToolOutcome = { ok: boolean; content: string; display: ChatToolDisplay };

/** At most `max` characters, marked where it was cut. */
export function boundedResult(text: string, max = TOOL_RESULT_MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - CUT.length)}${CUT}`;
}

const failed = (message: string): ToolOutcome => ({ ok: false, content: boundedResult(JSON.stringify({ error: message })), display: { kind: "none" } });

export async function runTool(ctx: ToolContext, call: ToolCall): Promise<ToolOutcome> {
  const tool = toolNamed(call.name);
  if (!tool) return failed(`There is no tool called "${call.name.slice(0, 64)}".`);
  const parsed = tool.input.safeParse(call.input);
  if (!parsed.success) return failed(`Invalid input for ${tool.name}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`);
  try {
    const result = await tool.run(ctx, parsed.data);
    return { ok: true, content: boundedResult(JSON.stringify({ data: result.data })), display: result.display };
  } catch (error) {
    // A domain error's message is written for the shopper; anything else stays in the log.
    if (error instanceof DomainError) return failed(error.message);
    ctx.log.error({ err: error, tool: tool.name }, "chat tool failed");
    return failed("That did not work on our side; please try again in a moment.");
  }
}
