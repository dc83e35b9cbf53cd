// The policy pages as the owner edits them: a saved page overrides the default words in
// server/content/pages.ts, and "reset" deletes the override. Each change is audited and told to every
// web process's page cache when it commits, so the page shows the new words at once.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../../db/client";
import { contentPageOverrides } from "../../../db/schema/index";
import { formatContentBody, parseContentBody } from "../../content/content-body";
import { contentPage } from "../../content/content-page";
import { contentSlugs, defaultContentPages, isContentSlug, type ContentPage, type ContentSlug } from "../../content/pages";
import { notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "../catalogue/catalogue-changed";

const titleMessage = "Give the page a title of up to 120 characters.";
const descriptionMessage = "Describe the page in up to 300 characters; search engines show it.";

const oneLine = (max: number, message: string) => z.string({ error: message }).transform((v) => v.trim().replace(/\s+/g, " ")).pipe(z.string().min(1, message).max(max, message));

/** The form and the router alike: the body as plain text, "## Heading" lines and paragraphs. */
export const contentPageInput = z.object({
  title: oneLine(120, titleMessage),
  description: oneLine(300, descriptionMessage),
  body: z
    .string({ error: "Write the page's text." })
    .max(50_000, "The page is too long: keep it under 50,000 characters.")
    .transform((body, ctx) => {
      const parsed = parseContentBody(body);
      if (parsed.ok) return parsed.sections;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
});

/** The reset button's form: its name and value are all it sends. */
export const contentResetForm = z.object({ intent: z.literal("reset") });

export const contentSlugInput = z.object({ slug: z.enum(contentSlugs, { error: "There is no such page." }) });

export type AdminContentPage = ContentPage & { body: string; customised: boolean; updatedAt: string | null };

export function contentSlugOf(value: string | undefined): ContentSlug {
  if (value === undefined || !isContentSlug(value)) throw notFound("There is no such page.");
  return value;
}

export async function listContentPagesForAdmin(db: Db): Promise<{ slug: ContentSlug; title: string; customised: boolean; updatedAt: string | null }[]> {
  const rows = await db.select({ slug: contentPageOverrides.slug, title: contentPageOverrides.title, updatedAt: contentPageOverrides.updatedAt }).from(contentPageOverrides);
  return contentSlugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    return { slug, title: row?.title ?? defaultContentPages[slug].title, customised: Boolean(row), updatedAt: row?.updatedAt.toISOString() ?? null };
  });
}

export async function loadContentPageForAdmin(db: Db, slug: ContentSlug): Promise<AdminContentPage> {
  const [row] = await db.select({ updatedAt: contentPageOverrides.updatedAt }).from(contentPageOverrides).where(eq(contentPageOverrides.slug, slug));
  const page = await contentPage(db, slug);
  return { ...page, body: formatContentBody(page.sections), customised: Boolean(row), updatedAt: row?.updatedAt.toISOString() ?? null };
}

// One change of a page at a time, its first save too (no row to lock yet), so each audits the words it replaced.
const lockPage = (tx: Tx, slug: ContentSlug) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`content_page:${slug}`}))`);

const audited = (page: ContentPage) => ({ title: page.title, description: page.description, sections: page.sections });

/** Takes contentPageInput's output: the form and the router parse at their edge, with field errors. */
export async function saveContentPage(db: Db, admin: Admin, slug: ContentSlug, input: z.output<typeof contentPageInput>): Promise<{ changed: boolean }> {
  const { title, description, body: sections } = input;
  return db.transaction(async (tx) => {
    await lockPage(tx, slug);
    const before = await contentPage(tx, slug);
    const after: ContentPage = { slug, title, description, sections };
    if (JSON.stringify(audited(before)) === JSON.stringify(audited(after))) return { changed: false };
    await tx
      .insert(contentPageOverrides)
      .values({ slug, title, description, sections })
      .onConflictDoUpdate({ target: contentPageOverrides.slug, set: { title, description, sections, updatedAt: new Date() } });
    await recordAudit(tx, { adminUserId: admin.id, action: "content.update", subject: { type: "content_page", id: slug }, before: audited(before), after: audited(after) });
    await notifyCatalogueChanged(tx);
    return { changed: true };
  });
}

/** Back to the words in pages.ts; a page already showing them changes nothing. */
export async function resetContentPage(db: Db, admin: Admin, slug: ContentSlug): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    await lockPage(tx, slug);
    const [removed] = await tx.delete(contentPageOverrides).where(eq(contentPageOverrides.slug, slug)).returning();
    if (!removed) return { changed: false };
    await recordAudit(tx, {
      adminUserId: admin.id,
      action: "content.reset",
      subject: { type: "content_page", id: slug },
      before: { title: removed.title, description: removed.description, sections: removed.sections },
      after: audited(defaultContentPages[slug]),
    });
    await notifyCatalogueChanged(tx);
    return { changed: true };
  });
}
