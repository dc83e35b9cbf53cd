// Pulling the facts out of a shopper's sentence: prices, colours, places, sizes, quantities, which
// of the photos shown is meant, order numbers, e-mail addresses and gift card codes.
import { formatGiftCardCode, normalizeGiftCardCode } from "../../giftcards/codes";
import { colourWords, fillerWords, knownPlaces, materialWords, orientationWords } from "./shop-words";

export type PriceRange = { minPriceCents?: number; maxPriceCents?: number };

const amount = String.raw`\$?\s?(\d{1,6}(?:[.,]\d{1,2})?)\s?(?:\$|usd|dollars?|bucks)?`;
const toCents = (text: string) => Math.round(Number(text.replace(",", ".")) * 100);

export function extractPriceRange(text: string): PriceRange {
  const t = text.toLowerCase();
  const between = new RegExp(String.raw`(?:between|from)\s+${amount}\s+(?:and|to|-)\s+${amount}`).exec(t) ?? new RegExp(String.raw`\$\s?(\d{1,6})\s?(?:-|–|to)\s?\$?\s?(\d{1,6})`).exec(t);
  if (between) {
    const [a, b] = [toCents(between[1]!), toCents(between[2]!)];
    return { minPriceCents: Math.min(a, b), maxPriceCents: Math.max(a, b) };
  }
  const range: PriceRange = {};
  const max = new RegExp(String.raw`(?:under|below|less than|cheaper than|up to|at most|max(?:imum)?|no more than|within|<)\s*${amount}`).exec(t);
  if (max) range.maxPriceCents = toCents(max[1]!);
  const min = new RegExp(String.raw`(?:over|above|more than|at least|min(?:imum)?|>)\s*${amount}`).exec(t);
  if (min) range.minPriceCents = toCents(min[1]!);
  return range;
}

/** The words of a sentence, lower case, keeping inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function extractColour(text: string): string | undefined {
  for (const word of wordsOf(text)) if (colourWords[word]) return colourWords[word];
  return undefined;
}

export function extractMaterial(text: string): "paper" | "canvas" | "metal" | undefined {
  for (const word of wordsOf(text)) if (materialWords[word]) return materialWords[word];
  return undefined;
}

export function extractOrientation(text: string): "landscape" | "portrait" | "square" | undefined {
  for (const word of wordsOf(text)) if (orientationWords[word]) return orientationWords[word];
  return undefined;
}

/** A place the catalogue knows, or a capitalised name after "of", "in", "from" or "at". */
export function extractPlace(text: string): string | undefined {
  const lower = ` ${wordsOf(text).join(" ")} `;
  const known = knownPlaces.find((place) => lower.includes(` ${place} `));
  if (known) return known;
  const named = /\b(?:of|in|from|at|near)\s+((?:[A-Z][\p{L}]+)(?:\s+[A-Z][\p{L}]+){0,2})/u.exec(text);
  return named ? named[1]!.toLowerCase() : undefined;
}

export type PrintSize = { a: number; b: number };

/** "12×18", "12 x 18 in", "12 by 18" */
export function extractSize(text: string): PrintSize | undefined {
  const match = /(\d{1,3}(?:\.\d)?)\s*(?:["”]|in(?:ch(?:es)?)?)?\s*(?:×|x|\*|by)\s*(\d{1,3}(?:\.\d)?)/i.exec(text);
  return match ? { a: Number(match[1]), b: Number(match[2]) } : undefined;
}

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, an: 1, single: 1, couple: 2 };

/** How many: "3 copies", "two of", "quantity 4", "make it 5", "to 2". */
export function extractQuantity(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\d{1,3}\s*(?:×|x|\*|by)\s*\d{1,3}/g, " ");
  const number = String.raw`(\d{1,3}|${Object.keys(numberWords).filter((w) => w.length > 2).join("|")})`;
  const patterns = [
    new RegExp(String.raw`(?:quantity|qty|amount)\s*(?:of\s+\S+\s+)?(?:to|=|:)?\s*${number}\b`),
    new RegExp(String.raw`\b(?:make it|make that|change (?:it |that )?to|set (?:it |that )?to|to|into)\s+${number}\b`),
    new RegExp(String.raw`\b${number}\s+(?:copies|copy|of them|of those|of it|of the|of these|prints?|pieces?|more)\b`),
    new RegExp(String.raw`^(?:add|put|buy|order|get|i(?:'ll| will)? take)\s+${number}\b`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(t);
    if (match) return numberWords[match[1]!] ?? Number(match[1]);
  }
  return undefined;
}

const ordinals: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5,
  sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, last: -1, top: 1,
};

/** Which of a list is meant: 1-based, or -1 for "the last one". */
export function extractOrdinal(text: string): number | undefined {
  const t = text.toLowerCase();
  for (const word of wordsOf(t)) if (ordinals[word] !== undefined && !/\blast (?:time|week|year|order)\b/.test(t)) return ordinals[word];
  const numbered = /(?:#|number|no\.?|nr\.?|option)\s*(\d)\b/.exec(t);
  return numbered ? Number(numbered[1]) : undefined;
}

/** "it", "that one", "this print": the photo the conversation is on. */
export function refersToCurrent(text: string): boolean {
  return /\b(?:it|that|this|that one|this one|the one)\b/i.test(text);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export const ORDER_NUMBER_IN_TEXT = /\bPR[\s-]?(\d{4})[\s-]?(\d{6,})\b/gi;

/** Every order number written in the store's format (PR-2026-000123), normalised. */
export function extractOrderNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(ORDER_NUMBER_IN_TEXT)].map((m) => `PR-${m[1]}-${m[2]}`))];
}

/** A number of four or more digits that is not in the store's format: meant as an order number. */
export function looksLikeBareOrderNumber(text: string): boolean {
  return /(?:^|[^\w-])#?\d{4,}\b/.test(text.replace(ORDER_NUMBER_IN_TEXT, " ").replace(EMAIL, " "));
}

export function extractEmails(text: string): string[] {
  return [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))];
}

const WORDS_AROUND_CODES = /(?<![\w-])(?:gift|card|code|check|with|this|that|from|mine|balance|number)(?![\w-])/gi;

/**
 * Gift card codes, canonical and grouped (XXXX-XXXX-XXXX-XXXX), and whether something else looks
 * like part of one. Four words of four letters ("this card code with") read as a code too, so a
 * code must be written with its dashes or have a digit (all but a fraction of a percent do).
 */
export function extractGiftCardCodes(text: string): { codes: string[]; partial: boolean } {
  const withoutOrders = text.replace(ORDER_NUMBER_IN_TEXT, " ").replace(EMAIL, " ");
  // "code 7K3M 9P2Q X8R4 T6V1": the words around a spaced code are not its first group.
  const candidates = withoutOrders.replace(WORDS_AROUND_CODES, " ").match(/\b[0-9A-Za-z]{4}(?:-[0-9A-Za-z]{4}){3}\b|\b[0-9A-Za-z]{4}(?:\s?[0-9A-Za-z]{4}){3}\b/g) ?? [];
  const codes = [
    ...new Set(candidates.filter((c) => c.includes("-") || /\d/.test(c)).map((c) => normalizeGiftCardCode(c)).filter((c): c is string => c !== null)),
  ].map(formatGiftCardCode);
  const partial = codes.length === 0 && /\b[0-9A-Z]{4}(?:-[0-9A-Z*?xX]{1,4}){1,3}\b|\b\d{4}\b/.test(withoutOrders);
  return { codes, partial };
}

export type WordOptions = { keepColours?: boolean; keepPlaces?: boolean; drop?: Iterable<string> };

/** The words left once everything with a meaning of its own is gone: what the shopper wants to see. */
export function searchWords(text: string, options: WordOptions = {}): string[] {
  const dropped = new Set(options.drop ?? []);
  const cleaned = text
    .toLowerCase()
    .replace(EMAIL, " ")
    .replace(ORDER_NUMBER_IN_TEXT, " ")
    .replace(/\d{1,3}(?:\.\d)?\s*(?:["”]|in(?:ch(?:es)?)?)?\s*(?:×|x|\*|by)\s*\d{1,3}(?:\.\d)?\s*(?:["”]|in(?:ch(?:es)?)?\b)?/g, " ")
    .replace(/\$?\s?\d[\d.,]*\s?(?:\$|usd|dollars?|bucks)?/g, " ");
  const placeWords = options.keepPlaces ? [] : knownPlaces.flatMap((p) => (` ${wordsOf(cleaned).join(" ")} `.includes(` ${p} `) ? p.split(" ") : []));
  return wordsOf(cleaned).filter(
    (w) =>
      !fillerWords.has(w) &&
      !(colourWords[w] && !options.keepColours) &&
      !materialWords[w] &&
      !orientationWords[w] &&
      !placeWords.includes(w) &&
      !dropped.has(w) &&
      w.length > 1,
  );
}
