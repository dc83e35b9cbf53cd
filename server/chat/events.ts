// What `chat.send` streams to the browser, one typed event at a time. The display data are the
// shop's own views (photo cards, the cart, an order's status), never the model's words.
import type { CartView } from "../cart/cart";
import type { PhotoCard } from "../catalog/photos";

export type ChatToolDisplay =
  | { kind: "photos"; photos: PhotoCard[] }
  | { kind: "photo"; photo: ChatPhotoDetail }
  | { kind: "cart"; cart: CartView }
  | { kind: "order"; order: { number: string; status: string; statusLabel: string; placedAt: string; trackingUrl: string | null } }
  | { kind: "wall"; href: string }
  | { kind: "none" };

/** A photo with what can be bought of it, as the chat's "Add" needs: prices in integer cents. */
export type ChatPhotoDetail = {
  slug: string;
  title: string;
  imageUrl: string;
  href: string;
  variants: { id: number; label: string; material: string; widthIn: number; heightIn: number; priceCents: number; price: string }[];
};

export type ChatEvent =
  | { type: "started"; conversationId: string; messageId: string; assistant: "anthropic" | "offline" }
  | { type: "text"; delta: string }
  | { type: "tool-started"; callId: string; tool: string; label: string }
  | { type: "tool-finished"; callId: string; tool: string; ok: boolean; display: ChatToolDisplay }
  | { type: "done"; usage: { inputTokens: number; outputTokens: number }; stopped: boolean }
  | { type: "error"; message: string; retryable: boolean };
