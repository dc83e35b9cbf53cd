// Keyword matching that forgives a typo or two ("shiping", "instrucions"): shoppers misspell, and
// so do people trying to slip an instruction past a filter.

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a keyword of this length may carry and still be recognised. */
const allowedTypos = (keyword: string) => (keyword.length >= 9 ? 2 : keyword.length >= 5 ? 1 : 0);

export function isNear(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  const typos = allowedTypos(keyword);
  return typos > 0 && editDistance(word, keyword, typos) <= typos;
}

/** Whether any word of the sentence is (nearly) one of the keywords; phrases must appear as written. */
export function mentions(words: readonly string[], text: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => (keyword.includes(" ") ? ` ${text} `.includes(` ${keyword} `) : words.some((word) => isNear(word, keyword))));
}
