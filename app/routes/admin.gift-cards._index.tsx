// The gift card list: found by a code's last four or the recipient's e-mail, newest first, 25 a
// page (a GET form, so a search is a link), and the form that issues store credit: a new card
// mailed to its recipient. The action checks the owner and the origin (requireAdmin) and is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import type { GiftCardRow } from "../../server/admin/giftcards/gift-card-list";
import { AdminTable } from "~/components/admin/admin-table";
import { AdminPager, adminLinkClass } from "~/components/admin/admin-pager";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, DomainError, issueStoreCredit, issueStoreCreditForm, listGiftCards, requireAdmin } from "~/lib/admin-store.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { formatMoney } from "~/shared/money";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const q = params.get("q") ?? "";
  const before = params.get("before") ?? undefined;
  try {
    const page = await listGiftCards(args.context.db, { q, before });
    return json({ ...page, q, isFirstPage: before === undefined, problem: null }, { headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return json({ rows: [] as GiftCardRow[], matching: 0, nextBefore: null, q, isFirstPage: true, problem: error.message }, { status: 400, headers: adminResponseHeaders });
  }
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, issueStoreCreditForm, async ({ amount, ...credit }) => {
    const card = await issueStoreCredit(args.context.db, args.context.env, admin, { ...credit, amountCents: amount });
    return redirect(`/admin/gift-cards/${card.id}?done=issued`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("Gift cards");

const created = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function listPath(q: string, before?: number): string {
  const params = new URLSearchParams(Object.entries({ q, before: before ? String(before) : "" }).filter(([, v]) => v !== ""));
  return params.size ? `/admin/gift-cards?${params}` : "/admin/gift-cards";
}

function IssueForm() {
  const failure = formFailureOf(useActionData<typeof action>());
  const busy = useNavigation().formData?.has("recipientEmail") ?? false;
  return (
    <Form method="post" noValidate className="mt-4 grid gap-4 rounded-lg border border-stone-200 p-4 sm:grid-cols-2 dark:border-stone-800">
      <FormErrors failure={failure} className="sm:col-span-2" />
      <TextField label="Amount in dollars" name="amount" inputMode="decimal" required defaultValue={failure?.values.amount ?? ""} error={failure?.fieldErrors.amount} />
      <TextField label="Recipient's name" name="recipientName" required defaultValue={failure?.values.recipientName ?? ""} error={failure?.fieldErrors.recipientName} />
      <TextField label="Recipient's e-mail" name="recipientEmail" type="email" required autoComplete="off" defaultValue={failure?.values.recipientEmail ?? ""} error={failure?.fieldErrors.recipientEmail} />
      <TextField label="Reason" name="reason" required hint="For the audit log and the card's history; the recipient does not see it." defaultValue={failure?.values.reason ?? ""} error={failure?.fieldErrors.reason} />
      <TextField label="Message to the recipient" name="message" multiline rows={3} defaultValue={failure?.values.message ?? ""} error={failure?.fieldErrors.message} className="sm:col-span-2" />
      <Button busy={busy} busyLabel="Issuing…" className="justify-self-start">
        Issue and e-mail the card
      </Button>
    </Form>
  );
}

export default function AdminGiftCards() {
  const { rows, matching, nextBefore, q, isFirstPage, problem } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div>
      <h1 className="font-serif text-3xl">Gift cards</h1>
      {params.get("done") === "issued" ? <Notice tone="success" className="mt-6">The card is issued; its recipient gets it by e-mail.</Notice> : null}
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Find gift cards">
        <TextField label="Search" name="q" type="search" defaultValue={q} hint="The code's last four, or the recipient's e-mail" className="min-w-0 flex-1" />
        <Button>Find</Button>
        {q ? (
          <Link to="/admin/gift-cards" className={adminLinkClass}>
            Clear
          </Link>
        ) : null}
      </Form>
      {problem ? (
        <Notice tone="error" className="mt-6">
          {problem}
        </Notice>
      ) : null}
      <p className="mt-6 text-stone-700 dark:text-stone-300" aria-live="polite">
        {matching === 1 ? "1 card" : `${matching} cards`}
        {q ? " match" : ""}.
      </p>
      {rows.length === 0 ? (
        <EmptyState title={q ? "No cards match." : isFirstPage ? "No gift cards yet." : "No older cards."} />
      ) : (
        <AdminTable label="Gift cards" caption="Gift cards, newest first" columns={[{ label: "Card" }, { label: "Recipient" }, { label: "Balance", align: "right" }, { label: "Held", align: "right" }, { label: "Status" }]}>
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">
                <Link to={`/admin/gift-cards/${row.id}`} className="inline-block py-1 font-mono font-medium underline underline-offset-2">
                  <span className="sr-only">Card ending </span>…{row.last4}
                </Link>
                <span className="block text-stone-600 dark:text-stone-400">
                  {row.paid ? "Bought" : "Store credit"}, <time dateTime={row.createdAt}>{created.format(new Date(row.createdAt))}</time>
                </span>
              </td>
              <td className="px-3 py-2">
                {row.recipientName}
                <span className="block break-all text-stone-600 dark:text-stone-400">{row.recipientEmail}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right">{formatMoney(row.balanceCents, row.currency)}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right">{formatMoney(row.heldCents, row.currency)}</td>
              <td className="px-3 py-2">
                {row.status === "active" ? "Active" : "Deactivated"}
                {row.isSent ? "" : <span className="block text-stone-600 dark:text-stone-400">Not yet sent</span>}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <AdminPager first={!isFirstPage ? { to: listPath(q), label: "Newest cards" } : null} next={nextBefore !== null ? { to: listPath(q, nextBefore), label: "Older cards" } : null} />
      <section aria-labelledby="issue-heading" className="mt-10">
        <h2 id="issue-heading" className="font-serif text-xl">
          Issue store credit
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">A new gift card, paid by nobody, e-mailed to its recipient at once with its code.</p>
        <IssueForm />
      </section>
    </div>
  );
}
