// Every tool the assistant has, by name. There is none that fetches a URL, reads configuration,
// changes an order or gives credit: what is not here cannot be called, whatever the model says.
import { addToCartTool, getCartTool, removeFromCartTool, updateCartItemTool } from "./cart-tools";
import { getPhoto, listCollectionsTool } from "./catalogue-tools";
import { checkGiftCardTool, trackOrderTool } from "./order-tools";
import { searchPhotos } from "./search-photos";
import { openWallEditorTool, shopInfoTool, subscribeNewsletterTool } from "./shop-tools";
import type { ChatTool } from "./tool";
import { z } from "zod";
import type { ModelTool } from "../../integrations/llm/types";

export const chatTools: readonly ChatTool[] = [
  searchPhotos,
  getPhoto,
  listCollectionsTool,
  getCartTool,
  addToCartTool,
  updateCartItemTool,
  removeFromCartTool,
  trackOrderTool,
  checkGiftCardTool,
  subscribeNewsletterTool,
  shopInfoTool,
  openWallEditorTool,
];

const byName = new Map(chatTools.map((tool) => [tool.name, tool]));

export function toolNamed(name: string): ChatTool | undefined {
  return byName.get(name);
}

/** What the model is told about the tools: made once, the same on every request. */
export const modelTools: readonly ModelTool[] = chatTools.map((tool) => ({
  name: tool.name,
  description: tool.description,
  inputSchema: jsonSchemaOf(tool),
}));

function jsonSchemaOf(tool: ChatTool): Record<string, unknown> {
  // The dialect line is noise to the model; the schema itself is what it reads.
  const { $schema: _dialect, ...schema } = z.toJSONSchema(tool.input, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return schema;
}
