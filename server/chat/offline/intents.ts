// What the shopper asks for, read from their own words only: never from a tool's result, so text
// planted in a photo's story or an error message can never become a request.
import {
  extractColour,
  extractEmails,
  extractGiftCardCodes,
  extractMaterial,
  extractOrderNumbers,
  extractOrdinal,
  extractOrientation,
  extractPlace,
  extractPriceRange,
  extractQuantity,
  extractSize,
  looksLikeBareOrderNumber,
  refersToCurrent,
  searchWords,
  wordsOf,
  type PrintSize,
} from "./entities";
import { isNear, mentions } from "./fuzzy";
import { refusalFor, type RefusalReason } from "./refusals";
import { subjectWords } from "./shop-words";

export type ShopTopic = "shipping" | "returns" | "materials" | "sizes" | "framing" | "care" | "contact";

export type SearchFilters = {
  query?: string;
  colour?: string;
  place?: string;
  orientation?: "landscape" | "portrait" | "square";
  material?: "paper" | "canvas" | "metal";
  minPriceCents?: number;
  maxPriceCents?: number;
};

/** Which photo is meant: a position in the last list shown, "it", or words of its title. */
export type PhotoRef = { ordinal?: number; current: boolean; words: string[] };
export type PrintChoice = { size?: PrintSize; material?: "paper" | "canvas" | "metal" };

export type Intent =
  | { kind: "help" }
  | { kind: "thanks" }
  | { kind: "foreign" }
  | { kind: "refuse"; reason: RefusalReason }
  | { kind: "search"; filters: SearchFilters }
  | { kind: "sizes"; photo: PhotoRef }
  | { kind: "add"; photo: PhotoRef; choice: PrintChoice; quantity: number }
  | { kind: "add-book"; quantity: number }
  | { kind: "set-quantity"; line: PhotoRef; quantity: number }
  | { kind: "remove"; line: PhotoRef }
  | { kind: "empty-cart" }
  | { kind: "cart" }
  | { kind: "track"; orderNumber?: string; email?: string; badNumber: boolean }
  | { kind: "gift-card"; code?: string; partial: boolean }
  | { kind: "buy-gift-card" }
  | { kind: "subscribe"; email?: string }
  | { kind: "unsubscribe" }
  | { kind: "wall"; photo: PhotoRef; choice: PrintChoice }
  | { kind: "shop-info"; topics: ShopTopic[] }
  | { kind: "collections" };

const topicWords: Record<ShopTopic, string[]> = {
  shipping: ["shipping", "ship", "ships", "delivery", "deliver", "postage", "international", "arrive", "courier", "how long"],
  returns: ["return", "returns", "refund", "refunds", "exchange", "money back", "damaged", "broken", "send back"],
  materials: ["materials", "difference between", "archival", "inks", "what paper", "what canvas", "what metal", "which material", "made of"],
  sizes: ["sizes", "size guide", "dimensions", "how big", "what size", "which size"],
  framing: ["frame", "frames", "framed", "framing", "mat", "mount", "mounted", "hang", "hanging"],
  care: ["care", "clean", "cleaning", "fade", "fading", "sunlight", "dust", "maintain"],
  contact: ["contact", "phone", "call you", "email you", "e-mail you", "your email", "your e-mail", "reach you", "human", "support", "customer service", "talk to someone", "where are you", "based"],
};

/** Words that name the act, not the photo: dropped when the rest of a sentence names the photo. */
const actWords = [
  "add", "put", "buy", "purchase", "order", "take", "cart", "basket", "bag", "size", "sizes", "dimensions", "big", "options", "available",
  "come", "comes", "much", "editor", "mockup", "open", "preview", "visualize", "visualise", "copy", "copies", "quantity", "remove", "delete",
  "drop", "change", "make", "set", "update", "instead", "item", "items", "line", "first", "second", "third", "fourth", "fifth", "sixth",
  "last", "top", "number", "option", "let", "try", "wall", "hang", "hung", "how", "large", "small", "smallest", "largest", "biggest",
];

const allTopics = Object.keys(topicWords) as ShopTopic[];
const allTopicWords = Object.values(topicWords).flatMap((words) => words.flatMap((w) => w.split(" ")));

function photoRef(text: string, extraDrop: string[] = []): PhotoRef {
  const words = searchWords(text, { keepColours: true, keepPlaces: true, drop: [...actWords, ...extraDrop] });
  return { ordinal: extractOrdinal(text), current: refersToCurrent(text), words };
}

function searchFilters(text: string, drop: string[] = []): SearchFilters {
  const place = extractPlace(text);
  // A misspelt subject ("sunsts") is searched as the word it nearly is; other words as written.
  const words = searchWords(text, { drop: [...drop, ...(place ? place.split(" ") : [])] }).map((w) => (subjectWords.has(w) ? w : ([...subjectWords].find((s) => isNear(w, s)) ?? w)));
  return {
    query: words.length ? words.join(" ") : undefined,
    colour: extractColour(text),
    place,
    orientation: extractOrientation(text),
    material: extractMaterial(text),
    ...extractPriceRange(text),
  };
}

/** "canvas or metal?": two materials named side by side is a question about materials. */
const comparesMaterials = (words: string[]) => new Set(words.map(extractMaterial).filter(Boolean)).size >= 2;

const hasFilter = (f: SearchFilters) => Object.values(f).some((v) => v !== undefined);

// Not the place to translate: enough to tell the shopper, in English, that only English is read.
const foreignWords = ["der", "die", "das", "und", "ist", "nicht", "bitte", "ich", "les", "des", "est", "une", "vous", "je", "pour", "el", "los", "las", "que", "por", "una", "quiero", "por favor", "il", "della", "sono", "mijn", "het", "een"];

const JUST_THANKS = /^\s*(?:(?:ok(?:ay)?|great|perfect|cool|lovely|no),?\s*)?(?:thanks|thank you|thx|cheers|ok|okay|cool|great|perfect|that's all|bye|goodbye)(?: (?:so much|a lot|very much))?[\s!.,]*$/i;
const JUST_A_GREETING = /^\s*(?:help(?: me| please)?|hi|hello|hey|hiya|good (?:morning|afternoon|evening)|yo)(?: there)?[\s!.,?]*$/i;

export function parseIntent(text: string): Intent {
  const words = wordsOf(text);
  const phrase = ` ${words.join(" ")} `;
  const has = (...keywords: string[]) => mentions(words, words.join(" "), keywords);
  if (words.length === 0) return { kind: "help" };

  const refusal = refusalFor(text, words);
  if (refusal) return { kind: "refuse", reason: refusal };

  if (JUST_THANKS.test(text)) return { kind: "thanks" };
  if (has("what can you do", "who are you", "what are you", "how does this work") || JUST_A_GREETING.test(text)) return { kind: "help" };

  const emails = extractEmails(text);
  const orderNumbers = extractOrderNumbers(text);
  if (orderNumbers.length > 0 || (emails.length > 0 && has("order", "orders", "purchases", "bought")) || has("track", "tracking", "order status", "my order", "an order", "order number", "parcel", "package", "shipped yet", "bestellung", "commande", "pedido", "where is my", "where's my")) {
    if (!has("gift card", "giftcard")) return { kind: "track", orderNumber: orderNumbers[0], email: emails[0], badNumber: orderNumbers.length === 0 && looksLikeBareOrderNumber(text) };
  }

  const gift = extractGiftCardCodes(text);
  if (has("gift card", "giftcard", "gift cards", "gift certificate", "voucher", "balance") || gift.codes.length > 0) {
    if (gift.codes.length === 0 && has("buy", "purchase", "send", "give", "get one", "order")) return { kind: "buy-gift-card" };
    return { kind: "gift-card", code: gift.codes[0], partial: gift.partial };
  }

  // Not fuzzy: "unsubscribe" is two typos from "subscribe".
  if (/\bunsubscribe\b|\bopt[ -]out\b|\bstop (?:the |your )?e-?mails\b/i.test(text)) return { kind: "unsubscribe" };
  if (has("newsletter", "subscribe", "sign me up", "sign up", "mailing list", "email list", "e-mail list")) {
    // One address, the shopper's own: a list of them is someone signing up other people.
    return emails.length > 1 ? { kind: "refuse", reason: "several-addresses" } : { kind: "subscribe", email: emails[0] };
  }

  if (/\b(?:empty|clear)\b.*\b(?:cart|basket|bag)\b/i.test(text)) return { kind: "empty-cart" };
  if (has("remove", "delete", "take out", "take off", "get rid of", "drop the", "drop it", "don't want", "do not want", "no longer want")) return { kind: "remove", line: photoRef(text, ["want", "don't", "longer"]) };
  const quantity = extractQuantity(text);
  if (quantity !== undefined && has("quantity", "qty", "make it", "make that", "change", "set", "update", "instead", "copies")) {
    if (!has("add", "put", "buy")) return { kind: "set-quantity", line: photoRef(text), quantity };
  }
  const choice: PrintChoice = { size: extractSize(text), material: extractMaterial(text) };
  if (has("wall editor", "on my wall", "on the wall", "on a wall", "my wall", "mockup", "mock-up", "visualize", "visualise", "preview", "see it on", "in my room")) {
    return { kind: "wall", photo: photoRef(text, ["editor", "see", "room"]), choice };
  }
  if (/^\s*(?:please\s+)?(?:add|put|buy|purchase|order|get me|i'?ll take|i will take|i'?d like to (?:buy|order)|i want to (?:buy|order))\b/i.test(text) || has("to my cart", "to the cart", "to cart", "in my cart", "into my cart")) {
    if (phrase.includes(" book ")) return { kind: "add-book", quantity: quantity ?? 1 };
    if (!/\b(?:what|what's|whats|show)\b/i.test(text)) return { kind: "add", photo: photoRef(text), choice, quantity: quantity ?? 1 };
  }
  if (has("cart", "basket", "my bag", "shopping bag")) return { kind: "cart" };

  const ref = photoRef(text, allTopicWords);
  ref.words = ref.words.filter((w) => !allTopicWords.some((topicWord) => isNear(w, topicWord)));
  const namesAPhoto = ref.ordinal !== undefined || ref.words.length > 0 || (ref.current && !has("you", "your"));
  if (has("sizes", "dimensions", "how big", "what size", "which size", "come in", "comes in", "how much", "price of", "prices for", "prices of", "options for") && namesAPhoto) {
    return { kind: "sizes", photo: ref };
  }

  const topics = (Object.keys(topicWords) as ShopTopic[]).filter((topic) => has(...topicWords[topic]));
  if (comparesMaterials(words) && !topics.includes("materials")) topics.push("materials");
  if (topics.length === 0 && has("everything about", "all about your", "tell me about your prints", "tell me about the shop", "about your shop", "faq")) topics.push(...allTopics);
  // Words of the topic say nothing about the photo: "care instructions for metal prints" asks about care.
  const filters = searchFilters(text, allTopicWords);
  const asksToSee = has("show", "find", "search", "looking for", "look for", "do you have", "got any", "browse", "photos", "prints", "pictures");
  // A material alone goes with a question about materials ("is metal or canvas better?"), not a search.
  if (topics.length > 0 && !(asksToSee && hasFilter({ ...filters, material: undefined }))) return { kind: "shop-info", topics };
  if (has("collection", "collections", "series", "categories")) return { kind: "collections" };
  if (asksToSee || words.some((w) => subjectWords.has(w)) || filters.colour || filters.place || filters.orientation || filters.material || filters.maxPriceCents || filters.minPriceCents) {
    if (hasFilter(filters) || asksToSee) return { kind: "search", filters };
  }
  if (words.some((w) => foreignWords.includes(w)) || /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(text)) return { kind: "foreign" };
  return { kind: "help" };
}

/**
 * A reply that only gives what was asked for ("ada@example.com" after "Which e-mail?") continues the
 * request before it; anything that is a request of its own stands alone.
 */
export function continueIntent(current: Intent, text: string, previous: Intent | undefined): Intent {
  if (!previous || (current.kind !== "help" && current.kind !== "foreign" && current.kind !== "search" && current.kind !== previous.kind)) return current;
  const emails = extractEmails(text);
  const orderNumbers = extractOrderNumbers(text);
  const codes = extractGiftCardCodes(text).codes;
  if (previous.kind === "track" && current.kind === "track") {
    return { ...current, orderNumber: current.orderNumber ?? previous.orderNumber, email: current.email ?? previous.email };
  }
  if (previous.kind === "track" && (emails.length === 1 || orderNumbers.length === 1)) {
    return { kind: "track", orderNumber: orderNumbers[0] ?? previous.orderNumber, email: emails[0] ?? previous.email, badNumber: false };
  }
  // "under $100" after "show me lighthouses": the same search, narrowed.
  if (previous.kind === "search" && current.kind === "search" && !current.filters.query) {
    const narrowed = Object.fromEntries(Object.entries(current.filters).filter(([, v]) => v !== undefined));
    return { kind: "search", filters: { ...previous.filters, ...narrowed } };
  }
  if (previous.kind === "subscribe" && !previous.email && emails.length === 1) return { kind: "subscribe", email: emails[0] };
  if (previous.kind === "gift-card" && !previous.code && codes.length === 1) return { kind: "gift-card", code: codes[0], partial: false };
  return current;
}
