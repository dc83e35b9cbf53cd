// The offline assistant's words: short answers built from the tools' data. Text that came from the
// data (titles, messages) is passed through `plain`, so it can never add a link, an image or markup.
import type { RefusalReason } from "./refusals";
import type { SearchFilters, ShopTopic } from "./intents";
import type { CartData, PhotoData, VariantData } from "./tool-data";

/** One line of plain text: no Markdown links or images, no HTML, no line breaks, bounded. */
export function plain(text: string, max = 200): string {
  const flat = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/[*_`#>|[\]!]/g, "")
    .replace(/https?:\/\/\S+/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Only the shop's own paths become links; anything else is not shown at all. */
const sitePath = (href: string) => (/^\/[\w\-/?=&.%]*$/.test(href) && !href.startsWith("//") ? href : undefined);

export const photoLink = (slug: string, title: string) => `[${plain(title, 80)}](/photos/${encodeURIComponent(slug)})`;

export const HELP = [
  "Hello! I'm the shop's **offline assistant**: I understand the common requests, in English, without an AI model behind me. I can:",
  "- **find prints** by subject, colour, place, orientation, material and price — \"sunset prints under $200\", \"portrait photos of Montauk on metal\"",
  "- **show a photo's sizes** and prices — \"what sizes does Copper Tide come in?\"",
  "- **fill your cart** — \"add the first one\", \"add the 12×18 paper print of Amber Road\", \"make it 2\", \"remove Copper Tide\", \"what's in my cart?\"",
  "- **track an order** with its number and the e-mail it was placed with",
  "- **check a gift card's balance** from its code",
  "- **open the wall editor** with a photo, to see it at true size on your wall",
  "- **answer questions** about shipping, returns, materials, sizes, framing, care and how to reach the studio",
  "- **sign you up for the newsletter**, when you ask with your e-mail address",
  "What would you like to do?",
].join("\n");

export const THANKS = "You're welcome! Anything else I can find for you?";
export const FOREIGN = `Sorry, I only understand English for now.\n\n${HELP}`;
export const NO_IMAGES = "I can't look at pictures. To see a print on your own wall, open the wall editor from a photo's page (or ask me: \"show Copper Tide on my wall\") and upload your room there.";
export const BUY_GIFT_CARD = "You can buy a gift card on the [gift cards page](/gift-cards): choose an amount and who it is for, and it is e-mailed with its code. I can check a card's balance if you give me its code.";
export const UNSUBSCRIBE = "Every newsletter e-mail has an unsubscribe link at the bottom: one click takes you off the list. You can also write to the studio through the [contact page](/contact).";
export const UNAVAILABLE = "Sorry, I can't do that just now. Please try again, or use the shop's pages.";

const refusals: Record<RefusalReason, string> = {
  prompt: "Sorry, I can't share how I'm set up or follow instructions to change it. I'm happy to help with the prints, your cart, an order or a gift card.",
  config: "Sorry, I can't share anything about how the shop is configured. I can help you find prints, fill your cart or track an order.",
  discount: "Sorry, I can't give discounts, codes, credit or price changes. A gift card can be used at checkout, and I can check its balance.",
  "other-customer": "Sorry, I can't share anything about other customers or their orders. I can look up one order with its order number and the e-mail address it was placed with.",
  "other-cart": "I can only see and change your own cart, in this browser. Ask \"what's in my cart?\" to see it.",
  enumeration: "I can look up one order (with its number and e-mail) or one gift card code at a time. Which one would you like me to check?",
  "several-addresses": "I can sign up one address for the newsletter, and only yours: which e-mail address should I use?",
  "change-order": "I can't change or cancel orders. Please write to the studio through the [contact page](/contact) with your order number, and they will help.",
  link: "Sorry, I can't open links or fetch anything from other sites. Tell me in your own words what you're looking for in the shop.",
  encoded: "Sorry, I only follow requests written in plain words. Tell me what you'd like: a print, your cart, an order or a gift card.",
};

export const refusal = (reason: RefusalReason) => refusals[reason];

function describeFilters(filters: SearchFilters): string {
  const parts = [
    filters.orientation,
    filters.colour,
    filters.query,
    filters.place ? `from ${filters.place.replace(/\b\w/g, (c) => c.toUpperCase())}` : undefined,
    filters.material ? `on ${filters.material}` : undefined,
    filters.minPriceCents !== undefined ? `from $${filters.minPriceCents / 100}` : undefined,
    filters.maxPriceCents !== undefined ? `up to $${filters.maxPriceCents / 100}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.map((p) => plain(String(p), 60)).join(" ") : "";
}

type ListedPhoto = { slug: string; title: string; location: string; fromPrice: string | null };

export function searchAnswer(photos: ListedPhoto[], filters: SearchFilters): string {
  const what = describeFilters(filters);
  if (photos.length === 0) {
    return `I couldn't find any prints${what ? ` matching “${what}”` : ""}. Try fewer words, another colour or place, or a higher price — or ask me to list the collections.`;
  }
  const lines = photos.map((p, i) => `${i + 1}. ${photoLink(p.slug, p.title)} — ${plain(p.location, 80)}${p.fromPrice ? `, from ${plain(p.fromPrice, 20)}` : ""}`);
  const count = photos.length === 1 ? "1 print" : `${photos.length} prints`;
  return [`I found ${count}${what ? ` for “${what}”` : ""}:`, ...lines, "", "Say “add the first one”, or ask for a photo's sizes."].join("\n");
}

const materialOrder = ["paper", "canvas", "metal"] as const;
const materialNames = { paper: "Fine-art paper", canvas: "Canvas", metal: "Metal" } as const;

export function sizesAnswer(photo: PhotoData): string {
  if (photo.variants.length === 0) return `${photoLink(photo.slug, photo.title)} is not for sale in any size just now.`;
  const groups = materialOrder
    .map((material) => ({ material, variants: photo.variants.filter((v) => v.material === material) }))
    .filter((g) => g.variants.length > 0)
    .map((g) => `**${materialNames[g.material]}**: ${g.variants.map((v) => `${v.widthIn} × ${v.heightIn} in ${plain(v.price, 20)}`).join(", ")}`);
  return [`${photoLink(photo.slug, photo.title)} (${plain(photo.location, 80)}) comes in:`, ...groups.map((g) => `- ${g}`), "", "Tell me which one to add, e.g. “add the " + `${photo.variants[0]!.widthIn}×${photo.variants[0]!.heightIn} ${photo.variants[0]!.material}”.`].join("\n");
}

export function noSuchSizeAnswer(photo: PhotoData, asked: string): string {
  return `${plain(photo.title, 80)} doesn't come in ${plain(asked, 40)}.\n\n${sizesAnswer(photo)}`;
}

export function cartSummary(cart: CartData): string {
  if (cart.lines.length === 0) return "Your cart is empty.";
  const lines = cart.lines.map((l, i) => `${i + 1}. **${plain(l.title, 80)}** — ${plain(l.variantLabel, 60)} × ${l.quantity}: ${plain(l.lineTotal, 20)}`);
  const items = cart.itemCount === 1 ? "1 item" : `${cart.itemCount} items`;
  return [`Your cart has ${items}:`, ...lines, `Subtotal: **${plain(cart.subtotal, 20)}** (shipping and taxes at checkout).`].join("\n");
}

export function addedAnswer(title: string, variant: VariantData, quantity: number, cart: CartData | undefined, defaulted: boolean): string {
  const what = `${quantity > 1 ? `${quantity} × ` : ""}**${plain(title, 80)}**, ${plain(variant.label, 60)} (${plain(variant.price, 20)}${quantity > 1 ? " each" : ""})`;
  const note = defaulted ? " I picked the smallest size; ask for its sizes to choose another." : "";
  return [`Added ${what} to your cart.${note}`, cart ? `\n${cartSummary(cart)}` : "", "\n[Go to checkout](/cart) when you're ready."].join("");
}

export function orderAnswer(order: { number: string; status: string; placedAt: string; trackingUrl: string | null }): string {
  const placed = new Date(order.placedAt);
  const date = Number.isNaN(placed.getTime()) ? "" : ` placed on ${placed.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}`;
  const status = plain(order.status.replace(/_/g, " "), 40);
  const tracking = order.trackingUrl && /^https:\/\/[^\s()<>]+$/.test(order.trackingUrl) ? `\n\nFollow the parcel with the carrier: ${order.trackingUrl}` : "";
  return `Order **${plain(order.number, 40)}**${date} is **${status}**.${tracking}`;
}

export const askOrderEmail = (number: string) => `To look up order ${plain(number, 40)} I also need the e-mail address it was placed with. What is it?`;
export const askOrderNumber = "To look up an order I need its order number (it looks like PR-2026-000123, in your confirmation e-mail) and the e-mail address it was placed with. Could you give me the order number?";
export const askOrderBoth = "I can look up an order with its order number (like PR-2026-000123, from your confirmation e-mail) and the e-mail address it was placed with. What are they?";
export const orderNumberFormat = "Order numbers look like PR-2026-000123 (you'll find yours in the confirmation e-mail). What is yours, and the e-mail address you ordered with?";

export function giftCardAnswer(card: { valid: true; last4: string; balance: string; available: string; expiresAt: string | null } | { valid: false; message: string }): string {
  if (!card.valid) return plain(card.message, 300);
  const expires = card.expiresAt ? ` It expires on ${new Date(card.expiresAt).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}.` : "";
  const held = card.available !== card.balance ? ` (${plain(card.available, 20)} of it is free to spend; the rest is held by a checkout in progress)` : "";
  return `The gift card ending in ${plain(card.last4, 4)} has **${plain(card.balance, 20)}** on it${held}.${expires} Use it at checkout.`;
}
export const askGiftCardCode = "Sure: what is the gift card's code? It has 16 letters and digits, like XXXX-XXXX-XXXX-XXXX.";
export const askFullGiftCardCode = "I need the whole code to check a gift card: 16 letters and digits, like XXXX-XXXX-XXXX-XXXX.";

export const askNewsletterEmail = "Happy to sign you up for the newsletter (new prints and studio news, a few times a year). Which e-mail address should I use?";
export const subscribedAnswer = (email: string) => `Done: a confirmation e-mail is on its way to ${plain(email, 254)}. Follow its link and you are on the newsletter.`;

export const wallAnswer = (title: string, href: string, withRoom: boolean) => {
  const link = sitePath(href);
  if (!link) return UNAVAILABLE;
  return withRoom
    ? `Here is **${plain(title, 80)}** with the photo of your room: [open the wall editor](${link}). Check the wall's corners and give its size, and the print hangs on it at its true size.`
    : `Here is **${plain(title, 80)}** in the wall editor: [open the wall editor](${link}). Upload a photo of your wall, or try one of the sample rooms.`;
};

/** A room photo attached with no print named: the room goes to the wall editor on its own. */
export const roomAnswer = (href: string) => {
  const link = sitePath(href);
  return link
    ? `Thanks for the photo of your room. I can't look at pictures myself, but the wall editor can: [open the wall editor with your room](${link}). Tell me a print to hang on it, e.g. "show Copper Tide on my wall", and I'll put it in the link.`
    : UNAVAILABLE;
};

const topicTitles: Record<ShopTopic, string> = {
  shipping: "Shipping", returns: "Returns", materials: "Materials", sizes: "Sizes", framing: "Framing", care: "Care", contact: "Contact",
};

// A little more about where to go next after each topic: the shop's pages and what I can do.
const topicNext: Record<ShopTopic, string> = {
  shipping: "When you're ready, your cart shows the shipping options for your address at checkout. I can also track an order once it is placed: give me its number and e-mail.",
  returns: "To start a return, write to the studio through the [contact page](/contact) with your order number. If you're unsure about a size first, the wall editor shows a print at its true scale on your own wall.",
  materials: "Each photo's page lists the materials it is sold in with their prices. Ask me, for example, “what sizes does Copper Tide come in?”, or search by material: “prints on metal under $500”.",
  sizes: "Ask me for any photo's sizes and prices, or open it in the wall editor to see a size on your own wall before you buy.",
  framing: "If you would like to see how a size looks before you frame it, the wall editor puts the print on a photo of your wall at its true scale.",
  care: "With that care a print keeps its colour for generations. If a print ever arrives damaged, write to the studio straight away.",
  contact: "The studio answers within a working day or two. For an order, include its order number.",
};

export function shopInfoAnswer(parts: { topic: ShopTopic; text: string }[]): string {
  return parts.map((p) => `**${topicTitles[p.topic]}**\n\n${plainParagraphs(p.text)}\n\n${topicNext[p.topic]}`).join("\n\n");
}

/** Paragraphs of the shop's own text, with the same limits as `plain` on each. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => plain(p, 2000))
    .filter(Boolean)
    .join("\n\n");
}

export function collectionsAnswer(collections: { slug: string; title: string; photoCount: number }[]): string {
  if (collections.length === 0) return "There are no collections to show just now.";
  const lines = collections.map((c) => `- [${plain(c.title, 80)}](/collections/${encodeURIComponent(c.slug)}) — ${c.photoCount} ${c.photoCount === 1 ? "photo" : "photos"}`);
  return ["The shop's collections:", ...lines, "", "Ask me for prints from any of them, e.g. “show me dunes”."].join("\n");
}

export const toolError = (message: string | undefined) => `Sorry — ${message ? plain(message, 300) : "that didn't work."}`;
