// Slugs are made from a title, never typed: lower-case ASCII words joined by hyphens, unique in
// their table (a second "Harbour" becomes "harbour-2").
import { eq, like, or } from "drizzle-orm";
import type { Tx } from "../../../db/client";
import { collections, photos } from "../../../db/schema/index";

export function slugFromTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "untitled";
}

/** The first free slug for `title` in the table, for a new row. */
export async function uniqueSlug(tx: Tx, table: typeof photos | typeof collections, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const taken = await tx
    .select({ slug: table.slug })
    .from(table)
    .where(or(eq(table.slug, base), like(table.slug, `${base}-%`)));
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
