// Every form route's action, given what no form of ours sends (a body that is not a form, NUL and
// lone surrogates in each field, control characters in redirectTo): a 4xx, never a 500, and not
// one row written anywhere. Called as Remix calls them, on a real database.
import type { ActionFunctionArgs } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { cartWith, startCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { createPayments } from "../../server/integrations/payments/index";
import { action as cartAction } from "./cart";
import { action as checkoutAction } from "./checkout._index";
import { action as localPaymentAction } from "./checkout.local-payment.$id";
import { action as contactAction } from "./contact";
import { action as giftCardBalanceAction } from "./gift-cards.balance";
import { action as giftCardsAction } from "./gift-cards._index";
import { action as newsletterAction } from "./newsletter";
import { action as themeAction } from "./theme";
import { action as trackOrderAction } from "./track-order";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const payments = createPayments(env);
const shopperWithCart = await cartWith(db, [{ priceCents: 4500 }]);
const openCheckout = await startCheckout(db, payments);

type Form = { path: string; action: (args: ActionFunctionArgs) => Promise<unknown>; fields: Record<string, string>; params?: Record<string, string>; session?: string };

const address = { name: "Ada Lovelace", line1: "1 Harbour Road", city: "Montauk", postalCode: "11954", country: "US" };
const forms: Form[] = [
  { path: "/contact", action: contactAction, fields: { name: "Ada", email: "ada@example.com", subject: "Hello", message: "A question", website: "" } },
  { path: "/track-order", action: trackOrderAction, fields: { number: "PR-2026-000001", email: "ada@example.com" } },
  { path: "/checkout", action: checkoutAction, fields: { email: "ada@example.com", ...address }, session: shopperWithCart },
  {
    path: "/gift-cards",
    action: giftCardsAction,
    fields: { amount: "5000", recipientName: "Ada", recipientEmail: "ada@example.com", senderName: "Charles", message: "Hi", deliverOn: "", buyerEmail: "c@example.com" },
  },
  { path: "/gift-cards/balance", action: giftCardBalanceAction, fields: { code: "ABCD-EFGH-JKMN-PQRS" } },
  { path: "/cart", action: cartAction, fields: { intent: "applyGiftCard", code: "ABCD-EFGH-JKMN-PQRS", redirectTo: "/cart" }, session: shopperWithCart },
  { path: "/newsletter", action: newsletterAction, fields: { email: "ada@example.com", source: "footer", redirectTo: "/" } },
  { path: "/theme", action: themeAction, fields: { theme: "dark", redirectTo: "/" } },
  {
    path: `/checkout/local-payment/${openCheckout.providerSessionId}`,
    action: localPaymentAction,
    fields: { intent: "pay", ...address },
    params: { id: openCheckout.providerSessionId! },
    session: openCheckout.shopperSessionId,
  },
];

/** Rows in every table of ours and in the job queue: what "nothing was written" is checked against. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema in ('public', 'graphile_worker') and table_name not like '%migrations%' and table_name <> 'rate_limits'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${name}`));
    counts[name] = row!.n;
  }
  return counts;
}

async function answer(form: Form, request: Request): Promise<{ status: number; location: string | null }> {
  const context = routeContext(db, env, { payments, session: testSession(form.session), clientIp: `203.0.113.${Math.floor(Math.random() * 250)}` });
  try {
    const response = (await form.action({ request, context, params: form.params ?? {} })) as Response;
    return { status: response.status, location: response.headers.get("location") };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: null };
    throw thrown;
  }
}

const post = (path: string, body: BodyInit | null, contentType?: string) =>
  new Request(`http://shop.test${path}`, { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

const notForms: [string, (path: string) => Request][] = [
  ["no body", (path) => post(path, null)],
  ["text/plain", (path) => post(path, "email=ada@example.com", "text/plain")],
  ["JSON", (path) => post(path, JSON.stringify({ email: "ada@example.com" }), "application/json")],
  ["octet-stream", (path) => post(path, new Uint8Array([0, 1, 2, 255]), "application/octet-stream")],
  ["no content type", (path) => new Request(`http://shop.test${path}`, { method: "POST", body: new Uint8Array([104, 105]) })],
  ["broken multipart", (path) => post(path, "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nada", "multipart/form-data; boundary=b")],
];

describe.each(forms)("POST $path", (form) => {
  it.each(notForms)("refuses a body that is not a form (%s) with a 4xx and writes nothing", async (_kind, request) => {
    const before = await rowCounts();
    const { status } = await answer(form, request(form.path));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(await rowCounts()).toEqual(before);
  });

  // A form body is UTF-8: a lone surrogate cannot travel in one (it arrives as U+FFFD), so the
  // procedures' test sends those; here, the control characters a form can carry.
  it.each(["\u0000", "\u0007", "\u001b[2J"])("refuses %j in each field with a 4xx and writes nothing", async (bad) => {
    // The honeypot is the exception by design: anything in it is the bot's thanks, and nothing is kept.
    for (const field of Object.keys(form.fields).filter((name) => name !== "redirectTo" && name !== "website")) {
      const before = await rowCounts();
      const { status } = await answer(form, formPost(`http://shop.test${form.path}`, { ...form.fields, [field]: `${form.fields[field]}${bad}` }));
      expect(status, field).toBeGreaterThanOrEqual(400);
      expect(status, field).toBeLessThan(500);
      expect(await rowCounts(), field).toEqual(before);
    }
  });
});

describe.each(forms.filter((form) => "redirectTo" in form.fields))("redirectTo on POST $path", (form) => {
  it.each(["/\t/evil.example", "/\n/evil.example", "/\r\nSet-Cookie: x=1", "/\u0000", "/\\evil.example", "//evil.example", "https:evil.example", "/%0d%0aLocation:%20//evil.example"])(
    "%j never leads off the site nor breaks the Location header",
    async (target) => {
      const { status, location } = await answer(form, formPost(`http://shop.test${form.path}`, { ...form.fields, redirectTo: target }));
      expect(status).toBeLessThan(500);
      if (location !== null) expect(new URL(location, "https://shop.example").origin).toBe("https://shop.example");
    },
  );
});
