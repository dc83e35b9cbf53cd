// The policy pages as the owner rewrites them: the public page and the assistant read the saved
// words at once, audited and with a page-cache notice; bad input is refused with nothing saved;
// a reset brings the defaults back.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action, loader } from "../../../app/routes/admin.content.$slug";
import { loader as listLoader } from "../../../app/routes/admin.content._index";
import { loader as returnsLoader } from "../../../app/routes/returns";
import { auditLog, contentPageOverrides } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { formPost, routeContext } from "../../../test/route-context";
import { shopInfo } from "../../chat/shop-info";
import { defaultContentPages } from "../../content/pages";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { contentPageInput, saveContentPage } from "./content-admin";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const owner = await createAdminUser(db, { email: "content.owner@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) });
const visitor = routeContext(db, env, { adminSessionToken: undefined });
const url = "http://shop.test/admin/content/returns";
const params = { slug: "returns" };
const post = (fields: Record<string, string>, context = signedIn, slug = params) => action({ request: formPost(`http://shop.test/admin/content/${slug.slug}`, fields), context, params: slug }) as Promise<Response>;
const publicReturns = async () => ((await (await returnsLoader({ request: new Request("http://shop.test/returns"), context: signedIn, params: {} })).json()) as { page: { title: string; sections: unknown } }).page;
const facts = { shopEmail: "studio@example.com", shippingCountries: ["US"] };
const newBody = "## Sixty days\nSend a print back within 60 days.\n\nWe pay the postage.\n\n## Refunds\nTo your card in 5 days.";

describe("content pages in the back office", () => {
  it("sends a visitor to the login and saves nothing", async () => {
    await expect(loader({ request: new Request(url), context: visitor, params })).rejects.toMatchObject({ status: 303 });
    await expect(post({ title: "Hacked", description: "x", body: "## A\nB" }, visitor)).rejects.toMatchObject({ status: 303 });
    expect(await db.$count(contentPageOverrides)).toBe(0);
  });

  it("shows the default words as editable text, and 404s for a page that does not exist", async () => {
    const { page } = (await (await loader({ request: new Request(url), context: signedIn, params })).json()) as { page: { title: string; body: string; customised: boolean } };
    expect(page).toMatchObject({ title: defaultContentPages.returns.title, customised: false });
    expect(page.body).toMatch(/^## Thirty days to decide\n\nIf a print/);
    await expect(loader({ request: new Request(url), context: signedIn, params: { slug: "about" } })).rejects.toMatchObject({ status: 404 });
    await expect(post({ title: "A", description: "B", body: "## C\nD" }, signedIn, { slug: "nope" })).rejects.toMatchObject({ status: 404 });
  });

  it("saves the owner's words: the public page and the assistant use them at once, audited, the page caches told", async () => {
    const heard: string[] = [];
    await database.sql.listen("catalogue_changed", (payload) => heard.push(payload));
    const saved = await post({ intent: "save", title: "  Returns,   gladly ", description: "Sixty days to decide.", body: newBody });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/admin/content/returns?done=saved");
    const sections = [
      { heading: "Sixty days", paragraphs: ["Send a print back within 60 days.", "We pay the postage."] },
      { heading: "Refunds", paragraphs: ["To your card in 5 days."] },
    ];
    expect(await publicReturns()).toMatchObject({ title: "Returns, gladly", sections });
    expect(await shopInfo(db, "returns", facts)).toMatch(/^Sixty days: Send a print back within 60 days\. We pay the postage\./);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "content.update"));
    expect(audit).toMatchObject({ adminUserId: owner.id, subjectType: "content_page", subjectId: "returns", before: { title: defaultContentPages.returns.title }, after: { title: "Returns, gladly", sections } });
    await expect.poll(() => heard.length).toBe(1);
    const list = (await (await listLoader({ request: new Request("http://shop.test/admin/content"), context: signedIn, params: {} })).json()) as { pages: { slug: string; customised: boolean }[] };
    expect(list.pages.filter((p) => p.customised).map((p) => p.slug)).toEqual(["returns"]);
  });

  it("refuses a bad title, description or body beside its field, with nothing changed", async () => {
    const before = await db.select().from(contentPageOverrides);
    for (const [fields, field] of [
      [{ title: "   ", description: "D", body: newBody }, "title"],
      [{ title: "T".repeat(121), description: "D", body: newBody }, "title"],
      [{ title: "T", description: "", body: newBody }, "description"],
      [{ title: "T", description: "D", body: "No heading here" }, "body"],
      [{ title: "T", description: "D", body: "## Empty section" }, "body"],
      [{ title: "T", description: "D" }, "body"],
    ] as const) {
      const refused = await post(fields);
      expect(refused.status).toBe(400);
      expect(Object.keys((await refused.json()).fieldErrors)).toEqual([field]);
    }
    expect(await db.select().from(contentPageOverrides)).toEqual(before);
    expect(await db.$count(auditLog, eq(auditLog.action, "content.update"))).toBe(1);
  });

  it("resets to the default words, audited; a second reset changes nothing", async () => {
    const reset = await post({ intent: "reset" });
    expect(reset.headers.get("location")).toBe("/admin/content/returns?done=reset");
    expect(await publicReturns()).toMatchObject({ title: defaultContentPages.returns.title, sections: defaultContentPages.returns.sections });
    expect(await shopInfo(db, "returns", facts)).toMatch(/^Thirty days to decide/);
    await post({ intent: "reset" });
    expect(await db.$count(auditLog, eq(auditLog.action, "content.reset"))).toBe(1);
  });

  it("audits two saves of a page at once in turn: the second's before is the first's after", async () => {
    const admin = { id: owner.id, email: owner.email };
    const page = (word: string) => contentPageInput.parse({ title: `Privacy ${word}`, description: "D.", body: `## ${word}\nText.` });
    await Promise.all([saveContentPage(db, admin, "privacy", page("one")), saveContentPage(db, admin, "privacy", page("two"))]);
    const audits = await db.select({ before: auditLog.before, after: auditLog.after }).from(auditLog).where(eq(auditLog.subjectId, "privacy")).orderBy(auditLog.id);
    expect(audits).toHaveLength(2);
    expect(audits[0]!.before).toMatchObject({ title: defaultContentPages.privacy.title });
    expect(audits[1]!.before).toEqual(audits[0]!.after);
  });

  it("admin.content: 401 without a session, BAD_REQUEST for a body without headings, a repeat changes nothing", async () => {
    const admin = createCaller(signedIn).admin.content;
    await expect(createCaller(visitor).admin.content.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(admin.save({ slug: "faq", title: "FAQ", description: "Questions.", body: "no heading" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.get({ slug: "about" as "faq" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await admin.save({ slug: "faq", title: "FAQ", description: "Questions.", body: "## Q\nA." })).toEqual({ changed: true });
    expect(await admin.save({ slug: "faq", title: "FAQ", description: "Questions.", body: "## Q\n\nA." })).toEqual({ changed: false });
    expect(await admin.get({ slug: "faq" })).toMatchObject({ customised: true, body: "## Q\n\nA." });
    expect(await admin.reset({ slug: "faq" })).toEqual({ changed: true });
  });
});
