// The offline assistant's next move in a turn: the tool calls a request needs, in order, then an
// answer from their data. Every input to a tool comes from the shopper's words or from the
// shop's own data (ids, slugs); nothing a tool returned is ever read as a request.
import * as say from "./answers";
import type { Conversation, ToolStep } from "./conversation";
import { continueIntent, parseIntent, type Intent, type PhotoRef, type PrintChoice, type SearchFilters } from "./intents";
import { resolveCartLine, resolvePhoto, type KnownPhoto } from "./references";
import { cartData, collectionsData, dataOf, giftCardData, latestStep, orderData, photoData, photoListData, shopInfoData, wallData, type PhotoData, type VariantData } from "./tool-data";

export type ToolCall = { name: string; input: Record<string, unknown> };
export type Move = { calls: ToolCall[] } | { answer: string };

/** Rounds a turn may take before it must answer: the loop allows 6 (server/chat/run-turn.ts). */
const MAX_ROUNDS = 5;
const SEARCH_LIMIT = 6;
/** The chat's add_to_cart and update_cart_item take 1 to 10; the cart page allows more. */
const MAX_CHAT_QUANTITY = 10;

const call = (name: string, input: Record<string, unknown> = {}): Move => ({ calls: [{ name, input }] });
const answer = (text: string): Move => ({ answer: text });

const stepNow = (c: Conversation, name: string) => latestStep(c.steps, name);
const failed = (step: ToolStep | undefined) => (step && !step.ok ? answer(say.toolError(step.error)) : undefined);

export function intentOf(conversation: Conversation): Intent {
  const current = parseIntent(conversation.text);
  return conversation.previousText === undefined ? current : continueIntent(current, conversation.text, parseIntent(conversation.previousText));
}

export function nextMove(conversation: Conversation): Move {
  const intent = intentOf(conversation);
  if (conversation.hasImage && intent.kind === "help") return room(conversation);
  if (conversation.round >= MAX_ROUNDS) return answer(say.UNAVAILABLE);
  const move = moveFor(intent, conversation);
  // A tool the request does not offer is never called, whatever the plan.
  if ("calls" in move && move.calls.some((c) => !conversation.tools.has(c.name))) return answer(say.UNAVAILABLE);
  return move;
}

function moveFor(intent: Intent, c: Conversation): Move {
  switch (intent.kind) {
    case "help": return answer(say.HELP);
    case "thanks": return answer(say.THANKS);
    case "foreign": return answer(say.FOREIGN);
    case "refuse": return answer(say.refusal(intent.reason));
    case "buy-gift-card": return answer(say.BUY_GIFT_CARD);
    case "unsubscribe": return answer(say.UNSUBSCRIBE);
    case "search": return search(intent.filters, c);
    case "sizes": return sizes(intent.photo, c);
    case "add": return add(intent.photo, intent.choice, intent.quantity, c);
    case "add-book": return addBook(intent.quantity, c);
    case "set-quantity": return setQuantity(intent.line, intent.quantity, c);
    case "remove": return remove(intent.line, c);
    case "empty-cart": return emptyCart(c);
    case "cart": return showCart(c);
    case "track": return track(intent, c);
    case "gift-card": return giftCard(intent, c);
    case "subscribe": return subscribe(intent.email, c);
    case "wall": return wall(intent.photo, intent.choice, c);
    case "shop-info": return shopInfo(intent.topics, c);
    case "collections": return collections(c);
  }
}

function search(filters: SearchFilters, c: Conversation): Move {
  const done = stepNow(c, "search_photos");
  if (!done) {
    const input = Object.fromEntries(Object.entries({ ...filters, limit: SEARCH_LIMIT }).filter(([, v]) => v !== undefined));
    return call("search_photos", input);
  }
  return failed(done) ?? answer(say.searchAnswer(dataOf(done, photoListData)?.photos ?? [], filters));
}

/** The photo the shopper means, or the move that finds it (a search) or asks which. */
function photoFor(ref: PhotoRef, c: Conversation): KnownPhoto | Move {
  const resolved = resolvePhoto(ref, c);
  if ("found" in resolved) return resolved.found;
  if ("search" in resolved) return failed(stepNow(c, "search_photos")) ?? call("search_photos", { query: resolved.search.slice(0, 100), limit: 3 });
  if ("notFound" in resolved) return answer(`I couldn't find a photo called “${say.plain(resolved.notFound, 60)}”. Try a word from its title, or ask me to search, e.g. “show me sunsets”.`);
  return answer(
    resolved.ask === "out-of-range"
      ? "There aren't that many in the last list. Which one do you mean?"
      : "Which photo do you mean? Give me a word from its title, or search first (“show me sunsets”) and say “the first one”.",
  );
}

/** The photo's sizes: from this turn's get_photo, or an earlier one, or the move that fetches them. */
function detailFor(photo: KnownPhoto, c: Conversation, fresh: boolean): PhotoData | Move {
  const steps = fresh ? c.steps : [...c.earlierSteps, ...c.steps];
  const step = steps.filter((s) => s.name === "get_photo" && (s.input as { slug?: unknown })?.slug === photo.slug).at(-1);
  if (!step) return call("get_photo", { slug: photo.slug });
  return dataOf(step, photoData) ?? failed(step) ?? answer(say.UNAVAILABLE);
}

const isMove = (value: unknown): value is Move => typeof value === "object" && value !== null && ("calls" in value || "answer" in value);

function sizes(ref: PhotoRef, c: Conversation): Move {
  const photo = photoFor(ref, c);
  if (isMove(photo)) return photo;
  const detail = detailFor(photo, c, true);
  return isMove(detail) ? detail : answer(say.sizesAnswer(detail));
}

function chooseVariant(photo: PhotoData, choice: PrintChoice): { variant: VariantData; defaulted: boolean } | undefined {
  const ofMaterial = photo.variants.filter((v) => !choice.material || v.material === choice.material);
  if (choice.size) {
    const { a, b } = choice.size;
    const variant = ofMaterial.find((v) => (v.widthIn === a && v.heightIn === b) || (v.widthIn === b && v.heightIn === a));
    return variant ? { variant, defaulted: false } : undefined;
  }
  const cheapest = [...ofMaterial].sort((x, y) => x.priceCents - y.priceCents)[0];
  return cheapest ? { variant: cheapest, defaulted: true } : undefined;
}

function askedFor(choice: PrintChoice): string {
  return [choice.size ? `${choice.size.a} × ${choice.size.b} in` : "", choice.material ?? ""].filter(Boolean).join(" on ") || "that size";
}

function add(ref: PhotoRef, choice: PrintChoice, quantity: number, c: Conversation): Move {
  if (quantity > MAX_CHAT_QUANTITY) return answer(`I can add up to ${MAX_CHAT_QUANTITY} at a time here; for more, change the quantity on the [cart page](/cart).`);
  const photo = photoFor(ref, c);
  if (isMove(photo)) return photo;
  const detail = detailFor(photo, c, false);
  if (isMove(detail)) return detail;
  const chosen = chooseVariant(detail, choice);
  if (!chosen) return answer(say.noSuchSizeAnswer(detail, askedFor(choice)));
  const added = stepNow(c, "add_to_cart");
  if (!added) return call("add_to_cart", { variantId: chosen.variant.id, quantity });
  return failed(added) ?? answer(say.addedAnswer(detail.title, chosen.variant, quantity, dataOf(added, cartData), chosen.defaulted && !choice.material));
}

function addBook(quantity: number, c: Conversation): Move {
  if (quantity > MAX_CHAT_QUANTITY) return answer(`I can add up to ${MAX_CHAT_QUANTITY} at a time here; for more, use the [book's page](/book).`);
  const added = stepNow(c, "add_to_cart");
  if (!added) return call("add_to_cart", { product: "book", quantity });
  const cart = dataOf(added, cartData);
  return failed(added) ?? answer(`Added the photo book to your cart.${cart ? `\n\n${say.cartSummary(cart)}` : ""}`);
}

/** This turn's cart (fresh item ids), or the move that reads it. */
function cartNow(c: Conversation) {
  const step = stepNow(c, "get_cart");
  if (!step) return call("get_cart");
  return dataOf(step, cartData) ?? failed(step) ?? answer(say.UNAVAILABLE);
}

function showCart(c: Conversation): Move {
  const cart = cartNow(c);
  return isMove(cart) ? cart : answer(say.cartSummary(cart));
}

const whichLine = (cart: { lines: unknown[] }, summary: string) =>
  answer(cart.lines.length === 0 ? "Your cart is empty." : `Which one? Say its title or its number in the list.\n\n${summary}`);

function setQuantity(ref: PhotoRef, quantity: number, c: Conversation): Move {
  if (quantity < 1) return remove(ref, c);
  if (quantity > MAX_CHAT_QUANTITY) return answer(`I can set up to ${MAX_CHAT_QUANTITY} of a print here; for more, change the quantity on the [cart page](/cart).`);
  const cart = cartNow(c);
  if (isMove(cart)) return cart;
  const line = resolveCartLine(ref, cart);
  if (!("found" in line)) return whichLine(cart, say.cartSummary(cart));
  const updated = stepNow(c, "update_cart_item");
  if (!updated) return call("update_cart_item", { itemId: line.found.itemId, quantity });
  const after = dataOf(updated, cartData);
  return failed(updated) ?? answer(`Done: ${quantity} × **${say.plain(line.found.title, 80)}**.${after ? `\n\n${say.cartSummary(after)}` : ""}`);
}

function remove(ref: PhotoRef, c: Conversation): Move {
  const cart = cartNow(c);
  if (isMove(cart)) return cart;
  const line = resolveCartLine(ref, cart);
  if (!("found" in line)) return whichLine(cart, say.cartSummary(cart));
  const removed = stepNow(c, "remove_from_cart");
  if (!removed) return call("remove_from_cart", { itemId: line.found.itemId });
  const after = dataOf(removed, cartData);
  return failed(removed) ?? answer(`Removed **${say.plain(line.found.title, 80)}** from your cart.${after ? `\n\n${say.cartSummary(after)}` : ""}`);
}

function emptyCart(c: Conversation): Move {
  const cart = cartNow(c);
  if (isMove(cart)) return cart;
  const removed = c.steps.filter((s) => s.name === "remove_from_cart");
  if (removed.length === 0) return cart.lines.length === 0 ? answer("Your cart is empty.") : { calls: cart.lines.map((l) => ({ name: "remove_from_cart", input: { itemId: l.itemId } })) };
  return failed(removed.find((s) => !s.ok)) ?? answer("Done: your cart is empty.");
}

function track(intent: Extract<Intent, { kind: "track" }>, c: Conversation): Move {
  if (intent.badNumber && !intent.orderNumber) return answer(say.orderNumberFormat);
  // Never one without the other: the tool would refuse, and asking the shopper is the answer.
  if (!intent.orderNumber && !intent.email) return answer(say.askOrderBoth);
  if (!intent.orderNumber) return answer(say.askOrderNumber);
  if (!intent.email) return answer(say.askOrderEmail(intent.orderNumber));
  const done = stepNow(c, "track_order");
  if (!done) return call("track_order", { orderNumber: intent.orderNumber, email: intent.email });
  const order = dataOf(done, orderData);
  return failed(done) ?? answer(order ? say.orderAnswer(order) : say.UNAVAILABLE);
}

function giftCard(intent: Extract<Intent, { kind: "gift-card" }>, c: Conversation): Move {
  if (!intent.code) return answer(intent.partial ? say.askFullGiftCardCode : say.askGiftCardCode);
  const done = stepNow(c, "check_gift_card");
  if (!done) return call("check_gift_card", { code: intent.code });
  const card = dataOf(done, giftCardData);
  return failed(done) ?? answer(card ? say.giftCardAnswer(card) : say.UNAVAILABLE);
}

function subscribe(email: string | undefined, c: Conversation): Move {
  if (!email) return answer(say.askNewsletterEmail);
  const done = stepNow(c, "subscribe_newsletter");
  if (!done) return call("subscribe_newsletter", { email });
  return failed(done) ?? answer(say.subscribedAnswer(email));
}

function wall(ref: PhotoRef, choice: PrintChoice, c: Conversation): Move {
  const photo = photoFor(ref, c);
  if (isMove(photo)) return photo;
  let variantId: number | undefined;
  if (choice.size || choice.material) {
    const detail = detailFor(photo, c, false);
    if (isMove(detail)) return detail;
    const chosen = chooseVariant(detail, choice);
    if (!chosen) return answer(say.noSuchSizeAnswer(detail, askedFor(choice)));
    variantId = chosen.variant.id;
  }
  const done = stepNow(c, "open_wall_editor");
  if (!done) return call("open_wall_editor", variantId === undefined ? { slug: photo.slug } : { slug: photo.slug, variantId });
  const link = dataOf(done, wallData);
  return failed(done) ?? answer(link ? say.wallAnswer(photo.title, link.href, link.roomAttached === true) : say.UNAVAILABLE);
}

/** A picture came with the message: an attached room goes to the wall editor; anything else cannot be looked at. */
function room(c: Conversation): Move {
  if (!c.tools.has("open_wall_editor")) return answer(say.NO_IMAGES);
  const done = stepNow(c, "open_wall_editor");
  if (!done) return call("open_wall_editor");
  const link = dataOf(done, wallData);
  return link?.roomAttached ? answer(say.roomAnswer(link.href)) : answer(say.NO_IMAGES);
}

function shopInfo(topics: Extract<Intent, { kind: "shop-info" }>["topics"], c: Conversation): Move {
  const steps = c.steps.filter((s) => s.name === "shop_info");
  // All topics at once: parallel calls in one round.
  if (steps.length === 0) return { calls: topics.map((topic) => ({ name: "shop_info", input: { topic } })) };
  const parts = topics.flatMap((topic) => {
    const data = dataOf(steps.find((s) => (s.input as { topic?: unknown })?.topic === topic), shopInfoData);
    return data ? [{ topic, text: data.text }] : [];
  });
  return parts.length ? answer(say.shopInfoAnswer(parts)) : (failed(steps[0]) ?? answer(say.UNAVAILABLE));
}

function collections(c: Conversation): Move {
  const done = stepNow(c, "list_collections");
  if (!done) return call("list_collections");
  const data = dataOf(done, collectionsData);
  return failed(done) ?? answer(data ? say.collectionsAnswer(data.collections) : say.UNAVAILABLE);
}
