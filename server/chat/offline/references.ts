// Working out which photo or cart line the shopper means, from what the conversation has shown:
// "the first one" is the first photo of the last list, "it" the photo last looked at, and words
// are matched against the titles shown (or searched for when none matches).
import type { Conversation, ToolStep } from "./conversation";
import { isNear } from "./fuzzy";
import { wordsOf } from "./entities";
import type { PhotoRef } from "./intents";
import { dataOf, photoData, photoListData, type CartData } from "./tool-data";

export type KnownPhoto = { slug: string; title: string };

export type PhotoResolution =
  | { found: KnownPhoto }
  | { search: string }
  | { notFound: string }
  | { ask: "which" | "out-of-range" };

type ShownList = { photos: KnownPhoto[]; searched: boolean };

function listOfStep(step: ToolStep): ShownList | undefined {
  if (step.name === "search_photos") {
    const photos = dataOf(step, photoListData)?.photos;
    return photos ? { photos, searched: true } : undefined;
  }
  if (step.name === "get_photo") {
    const photo = dataOf(step, photoData);
    return photo ? { photos: [photo], searched: false } : undefined;
  }
  return undefined;
}

/** Photos linked in an earlier answer, for a history that kept the words but not the tool data. */
function listInAnswer(answer: string): ShownList {
  const photos = [...answer.matchAll(/\[([^\]]{1,120})\]\(\/photos\/([a-z0-9-]{1,120})\)/g)].map((m) => ({ title: m[1]!, slug: m[2]! }));
  return { photos, searched: photos.length > 1 };
}

/** Every list of photos shown, oldest first. */
function shownLists(conversation: Conversation): ShownList[] {
  const fromTools = [...conversation.earlierSteps, ...conversation.steps].map(listOfStep).filter((list): list is ShownList => !!list && list.photos.length > 0);
  if (fromTools.length > 0) return fromTools;
  return conversation.earlierAnswers.map(listInAnswer).filter((list) => list.photos.length > 0);
}

/** How well words name a title: the share of the words found in it, typos forgiven. */
function titleScore(words: string[], title: string): number {
  const titleWords = wordsOf(title);
  const hits = words.filter((w) => titleWords.some((t) => isNear(w, t))).length;
  return words.length ? hits / words.length : 0;
}

export function bestTitleMatch<T extends { title: string }>(words: string[], candidates: T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = titleScore(words, candidate.title);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore >= 0.5 ? best : undefined;
}

const pick = <T>(list: T[], ordinal: number) => (ordinal === -1 ? list[list.length - 1] : list[ordinal - 1]);

export function resolvePhoto(ref: PhotoRef, conversation: Conversation): PhotoResolution {
  const lists = shownLists(conversation);
  if (ref.words.length > 0) {
    const match = bestTitleMatch(ref.words, lists.flatMap((list) => list.photos).reverse());
    if (match) return { found: match };
    const searchedNow = conversation.steps.filter((s) => s.name === "search_photos").at(-1);
    if (searchedNow) {
      const first = dataOf(searchedNow, photoListData)?.photos[0];
      return first ? { found: first } : { notFound: ref.words.join(" ") };
    }
    // "Last Light at Montauk Point" names a photo with an ordinal in its title: with no list to
    // count in, the words are the reference.
    if (ref.ordinal === undefined || !lists.some((list) => list.searched)) return { search: ref.words.join(" ") };
  }
  if (ref.ordinal !== undefined) {
    // "The second one" counts in the last list of results, not in a single photo looked at since.
    const results = lists.filter((list) => list.searched).at(-1);
    if (!results) return { ask: "which" };
    const chosen = pick(results.photos, ref.ordinal);
    return chosen ? { found: chosen } : { ask: "out-of-range" };
  }
  const last = lists.at(-1);
  return last?.photos.length === 1 ? { found: last.photos[0]! } : { ask: "which" };
}

export type LineResolution = { found: CartData["lines"][number] } | { ask: true };

export function resolveCartLine(ref: PhotoRef, cart: CartData): LineResolution {
  const { lines } = cart;
  if (ref.ordinal !== undefined) {
    const chosen = pick(lines, ref.ordinal);
    return chosen ? { found: chosen } : { ask: true };
  }
  if (ref.words.length > 0) {
    const match = bestTitleMatch(ref.words, lines);
    if (match) return { found: match };
  }
  return lines.length === 1 ? { found: lines[0]! } : { ask: true };
}
