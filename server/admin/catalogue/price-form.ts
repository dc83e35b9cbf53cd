// The price matrix as posted: one price box per material and size (`price:canvas:18x12`), empty for
// not sold, and an "on sale" box beside it (`active:canvas:18x12`). Prices are typed in dollars.
import { z } from "zod";
import { materials, type Material } from "./matrix-sizes";

export type PriceCell = { material: Material; widthIn: number; heightIn: number; priceCents: number | null; isActive: boolean };

const MAX_PRICE_CENTS = 100_000_00;

/** "120" or "120.50" as cents; anything else (commas, signs, "$", a third decimal) is not a price. */
export function dollarsTextToCents(text: string): number | null {
  const match = /^(\d{1,6})(?:\.(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number(match[2] ?? "0");
}

const cellName = /^price:(paper|canvas|metal):(\d{1,3})x(\d{1,3})$/;

export const priceMatrixFormSchema = z.record(z.string(), z.unknown()).transform((form, ctx) => {
  const cells: PriceCell[] = [];
  let refused = false;
  for (const [name, value] of Object.entries(form)) {
    const match = cellName.exec(name);
    if (!match) continue;
    const [, material, width, height] = match as unknown as [string, Material, string, string];
    const text = typeof value === "string" ? value.trim() : "";
    const isActive = form[`active:${material}:${width}x${height}`] === "on";
    if (text === "") {
      cells.push({ material, widthIn: Number(width), heightIn: Number(height), priceCents: null, isActive: false });
      continue;
    }
    const cents = dollarsTextToCents(text);
    if (cents === null || cents === 0 || cents > MAX_PRICE_CENTS) {
      refused = true;
      ctx.addIssue({ code: "custom", path: [name], message: cents === null ? "Type the price in dollars, such as 120 or 120.50." : cents === 0 ? "A print costs more than nothing; leave the box empty if it is not sold." : "A price is at most $100,000." });
      continue;
    }
    cells.push({ material, widthIn: Number(width), heightIn: Number(height), priceCents: cents, isActive });
  }
  if (cells.length === 0 && !refused) ctx.addIssue({ code: "custom", path: [], message: "The price table was empty; reload the page and try again." });
  return cells;
});

/** The same cells from the owner's scripts, in cents. */
export const priceCellsInput = z
  .array(
    z.object({
      material: z.enum(materials as [Material, ...Material[]]),
      widthIn: z.number().int().min(1).max(999),
      heightIn: z.number().int().min(1).max(999),
      priceCents: z.number().int().min(1).max(MAX_PRICE_CENTS).nullable(),
      isActive: z.boolean(),
    }),
  )
  .min(1)
  .max(200);
