// What "Put it back" re-adds after Remove or Empty the cart, carried in the page link when the
// shopper has no JavaScript: "v12x2.p1x1" is two of print variant 12 and one of product 1. It only
// ever re-adds public catalogue items at today's database price, like any add-to-cart form.

export type PutBackLine = { variantId?: number; productId?: number; quantity: number };

const MAX_LINES = 50;
const linePattern = /^([vp])([1-9]\d{0,9})x([1-9]\d?)$/;

export function encodePutBack(lines: { variantId: number | null; productId: number | null; quantity: number }[]): string {
  return lines
    .slice(0, MAX_LINES)
    .map((l) => (l.variantId !== null ? `v${l.variantId}x${l.quantity}` : `p${l.productId}x${l.quantity}`))
    .join(".");
}

/** The lines, or null when the text is not exactly what encodePutBack writes. */
export function parsePutBack(text: string | null | undefined): PutBackLine[] | null {
  if (!text) return null;
  const parts = text.split(".");
  if (parts.length > MAX_LINES) return null;
  const lines: PutBackLine[] = [];
  for (const part of parts) {
    const match = linePattern.exec(part);
    if (!match) return null;
    const id = Number(match[2]);
    if (id > 2_147_483_647) return null;
    lines.push(match[1] === "v" ? { variantId: id, quantity: Number(match[3]) } : { productId: id, quantity: Number(match[3]) });
  }
  return lines;
}
