// Requests the assistant turns down before anything else is read: they ask for what no tool may
// give (its instructions, configuration, discounts, other people's orders or carts), for many
// orders or codes at once, or hide what they ask (encoded text, links to fetch).
import { mentions } from "./fuzzy";
import { extractGiftCardCodes, extractOrderNumbers } from "./entities";

export type RefusalReason = "prompt" | "config" | "discount" | "other-customer" | "other-cart" | "enumeration" | "several-addresses" | "change-order" | "link" | "encoded";

// Several languages, since "ignore your instructions" works in any of them on a real model.
const promptWords = [
  "prompt", "prompts", "systemprompt", "instructions", "instruction", "instrucciones", "anweisungen", "istruzioni", "instructies",
  "jailbreak", "guidelines", "directives", "préprompt", "verbatim", "system message", "developer mode", "dan mode", "your rules",
  "initial message", "hidden message", "were you told", "you were told", "text above", "words above", "everything above", "above text",
];
const overrideWords = ["ignore", "disregard", "forget", "override", "bypass", "ignorez", "ignoriere", "ignora", "vergiss", "oubliez", "olvida", "negeer"];
const configWords = [
  "api key", "apikey", "api-key", "password", "passwords", "credentials", "secret", "secrets", "env", "environment variable",
  "environment variables", "database url", "connection string", "stripe key", "private key", "access token", "admin panel", "configuration", "config",
];
const discountWords = [
  "discount", "discounts", "coupon", "coupons", "promo", "promocode", "price match", "cheaper for me", "store credit",
  "rabatt", "descuento", "rabais", "réduction", "sconto", "korting", "for free", "free print", "free prints", "gratis", "credit my",
];
const otherCustomerWords = [
  "other customers", "another customer", "other customer", "someone else", "somebody else", "all orders", "every order", "all the orders",
  "list orders", "list of orders", "recent orders", "customer list", "customers list", "who bought", "who ordered", "their order", "his order",
  "her order", "other people", "other people's", "orders of", "orders by", "orders from", "orders for", "order history of", "all customers",
];
const otherCartWords = ["another cart", "other cart", "other carts", "someone's cart", "their cart", "cart id", "cart of", "session id", "other session", "another session", "his cart", "her cart", "user's cart"];
const enumerationWords = ["every code", "all codes", "all gift cards", "list gift cards", "generate codes", "generate a code", "guess", "brute", "brute force", "try codes", "iterate", "increment", "enumerate", "one by one", "sequential", "next order", "previous order", "all numbers", "through pr"];
const changeOrderWords = ["cancel my order", "cancel the order", "cancel order", "change my order", "change the order", "modify my order", "change the address", "change my address", "update my order", "edit my order", "mark as paid", "mark it paid", "mark it shipped", "mark as shipped"];
const fetchVerbs = ["fetch", "visit", "open", "load", "read", "browse", "summarize", "summarise", "go to", "download", "curl", "request"];

/** A long run of base64 (or hex), the usual way to hide an instruction from a keyword filter. */
const ENCODED = /(?:[A-Za-z0-9+/]{24,}={0,2})|(?:\b(?:[0-9a-f]{2}\s?){16,}\b)/;

/** Instructions a shopper may rightly ask for, taken out before looking for the model's own. */
const SHOP_INSTRUCTIONS = /\b(?:care|cleaning|hanging|framing|shipping|return|returns|mounting|assembly)\s+(?:instructions?|guidelines|directions)\b/g;

/** "bob's cart", "Alice's order": someone else's, named. */
const someonesOwn = (things: string) => new RegExp(String.raw`\b(?!(?:what|that|it|there|here|who|where|one|today|everyone)['’]s\b)[\p{L}\d_.@-]+['’]s\s+(?:${things})\b`, "iu");
const OTHERS_CART = someonesOwn("cart|basket|bag");
const OTHERS_ORDERS = someonesOwn("orders?|purchases|gift cards?|account|address|details|e-?mail");

export function refusalFor(text: string, allWords: readonly string[]): RefusalReason | undefined {
  const phrase = allWords.join(" ").replace(SHOP_INSTRUCTIONS, " ");
  const words = phrase.split(" ").filter(Boolean);
  if (ENCODED.test(text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "")) || /\b(?:base64|rot13|decode|decipher|hexadecimal)\b/i.test(text)) return "encoded";
  if (/\bhttps?:\/\/|\bwww\.\w/i.test(text) || (mentions(words, phrase, fetchVerbs) && /\b\w+\.(?:com|net|org|io|example)\b/i.test(text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "")))) return "link";
  if (mentions(words, phrase, promptWords) || (mentions(words, phrase, overrideWords) && mentions(words, phrase, ["previous", "above", "prior", "earlier", "rules", "précédentes", "vorherigen", "anteriores", "everything"]))) return "prompt";
  if (mentions(words, phrase, configWords)) return "config";
  if (mentions(words, phrase, discountWords) || /\d{1,3}\s?(?:%|percent)\s*(?:off|discount|reduction)/i.test(text)) return "discount";
  if (mentions(words, phrase, changeOrderWords)) return "change-order";
  if (mentions(words, phrase, otherCartWords) || OTHERS_CART.test(text)) return "other-cart";
  if (extractOrderNumbers(text).length > 1 || extractGiftCardCodes(text).codes.length > 1 || mentions(words, phrase, enumerationWords)) return "enumeration";
  if (mentions(words, phrase, otherCustomerWords) || OTHERS_ORDERS.test(text)) return "other-customer";
  return undefined;
}
