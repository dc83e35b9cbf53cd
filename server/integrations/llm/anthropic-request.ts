// Our ModelRequest in the Messages API's words. The only place that knows both shapes, so the tool
// loop never sees an SDK type.
import type Anthropic from "@anthropic-ai/sdk";
import type { ModelContent, ModelMessage, ModelRequest, ModelTool } from "./types";

type ContentBlockParam = Anthropic.Messages.ContentBlockParam;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toBlock(content: ModelContent): ContentBlockParam {
  switch (content.type) {
    case "text":
      return { type: "text", text: content.text };
    case "image":
      return { type: "image", source: { type: "base64", media_type: content.image.mediaType, data: content.image.base64 } };
    case "tool_use":
      // The API takes only an object back; input the model sent malformed (already answered with a
      // tool error) goes back empty rather than failing the whole next request.
      return { type: "tool_use", id: content.id, name: content.name, input: isPlainObject(content.input) ? content.input : {} };
    case "tool_result":
      return { type: "tool_result", tool_use_id: content.toolUseId, content: content.content, is_error: content.isError };
  }
}

function toMessage(message: ModelMessage): Anthropic.Messages.MessageParam {
  return { role: message.role, content: message.content.map(toBlock) };
}

function toTool(tool: ModelTool): Anthropic.Messages.Tool {
  return { name: tool.name, description: tool.description, input_schema: { ...tool.inputSchema, type: "object" } };
}

/** The streamed request's parameters; no temperature: the 1.x API has none. */
export function toMessageParams(request: ModelRequest, model: string): Anthropic.Messages.MessageStreamParams {
  return {
    model,
    max_tokens: request.maxOutputTokens,
    system: request.system,
    messages: request.messages.map(toMessage),
    ...(request.tools.length > 0 ? { tools: request.tools.map(toTool) } : {}),
  };
}
