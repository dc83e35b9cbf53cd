// Slugs are made from a title, never typed: lower-case ASCII words joined by hyphens, unique in
// their table (a second "Harbour" becomes "harbour-2").
import { eq, like, or } from "drizzle-orm";
import type { Tx } from "../../../db/client";
import { collections, photos } from "../../../db/schema/index";
import { conflict } from "../../errors";

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

/** The unique constraint a failed write broke (Postgres 23505), looked for under Drizzle's wrapping. */
export function uniqueViolationOf(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: constraint } = current as { code?: unknown; constraint_name?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "";
  }
  return null;
}

const SLUG_ATTEMPTS = 5;

/**
 * Runs a write that takes a slug made by `uniqueSlug` again when a concurrent transaction committed
 * the same slug first: the check and the insert cannot be one step, so the table's unique constraint
 * decides and the retry, seeing the other row, picks the next free slug. Past a few tries, or when
 * the slug was typed rather than made, the owner gets a 409 beside the field instead of a 500.
 */
export async function retryingSlugClash<T>(constraint: string, message: string, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (uniqueViolationOf(error) !== constraint) throw error;
      if (attempt >= SLUG_ATTEMPTS) throw conflict(message, "slug");
    }
  }
}
