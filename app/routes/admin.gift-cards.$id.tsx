// One gift card in the back office: balance, holds and its ledger, and a form for each change: an
// adjustment with its reason, a fresh delivery mail (a new code), deactivation for good. Every form
// posts here; the action checks the owner and the origin (requireAdmin), and each change is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import type { AdminGiftCard } from "../../server/admin/giftcards/gift-card-list";
import { AdminTable } from "~/components/admin/admin-table";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adjustGiftCard, adminResponseHeaders, deactivateGiftCard, giftCardFormSchema, loadAdminGiftCard, requireAdmin, resendGiftCard, toResponse } from "~/lib/admin-store.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf, type FormFailure } from "~/shared/form-result";
import { formatMoney } from "~/shared/money";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const card = await loadAdminGiftCard(args.context.db, args.params.id).catch((error: unknown) => {
    throw toResponse(error);
  });
  return json({ card }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  const { db, env } = args.context;
  const card = await loadAdminGiftCard(db, args.params.id).catch((error: unknown) => {
    throw toResponse(error);
  });
  return handleForm(args.request, giftCardFormSchema, async (input) => {
    if (input.intent === "adjust") await adjustGiftCard(db, admin, { id: card.id, deltaCents: input.direction === "add" ? input.amount : -input.amount, reason: input.reason });
    if (input.intent === "deactivate") await deactivateGiftCard(db, admin, { id: card.id });
    if (input.intent === "resend") await resendGiftCard(db, env, admin, { id: card.id });
    return redirect(`/admin/gift-cards/${card.id}?done=${input.intent}`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? `Gift card …${data.card.last4}` : "Gift card");

const DONE: Record<string, string> = {
  issued: "The card is issued; its recipient gets it by e-mail.",
  adjust: "The balance is adjusted.",
  resend: "A new code is on its way to the recipient; the old one no longer works.",
  deactivate: "The card is deactivated for good.",
};
const KIND_LABELS: Record<string, string> = { issue: "Issued", hold: "Held for a checkout", release: "Hold released", redeem: "Paid an order", refund_credit: "Refund credited", adjustment: "Adjusted" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const boxClass = "grid gap-4 rounded-lg border border-stone-200 p-4 dark:border-stone-800";

function failureFor(failure: FormFailure | undefined, intent: string): FormFailure | undefined {
  if (!failure) return undefined;
  return (failure.values.intent ?? "adjust") === intent ? failure : undefined;
}

function AdjustForm({ card, failure }: { card: AdminGiftCard; failure: FormFailure | undefined }) {
  const mine = failureFor(failure, "adjust");
  const busy = useNavigation().formData?.get("intent") === "adjust";
  return (
    <Form method="post" noValidate className={boxClass}>
      <h3 className="font-medium">Adjust the balance</h3>
      <FormErrors failure={mine} />
      <Field label="Change" error={mine?.fieldErrors.direction}>
        {(aria) => (
          <select name="direction" defaultValue={mine?.values.direction ?? "add"} {...aria} className={inputClass}>
            <option value="add">Add to the balance</option>
            <option value="remove">Take off the balance</option>
          </select>
        )}
      </Field>
      <TextField label="Amount in dollars" name="amount" inputMode="decimal" required defaultValue={mine?.values.amount ?? ""} error={mine?.fieldErrors.amount} hint={`The balance never goes below what open checkouts hold (${formatMoney(card.heldCents, card.currency)}).`} />
      <TextField label="Reason" name="reason" required defaultValue={mine?.values.reason ?? ""} error={mine?.fieldErrors.reason} />
      <Button name="intent" value="adjust" busy={busy} busyLabel="Saving…" className="justify-self-start">
        Adjust
      </Button>
    </Form>
  );
}

function ResendForm({ failure }: { failure: FormFailure | undefined }) {
  const busy = useNavigation().formData?.get("intent") === "resend";
  return (
    <Form method="post" noValidate className={boxClass}>
      <h3 className="font-medium">Send the card again</h3>
      <FormErrors failure={failureFor(failure, "resend")} />
      <p className="text-sm text-stone-700 dark:text-stone-300">The shop keeps no readable copy of a code, so the recipient gets a new one; the old code stops working. Balance and history stay.</p>
      <Button name="intent" value="resend" variant="secondary" busy={busy} busyLabel="Sending…" className="justify-self-start">
        E-mail a new code
      </Button>
    </Form>
  );
}

function DeactivateForm({ failure }: { failure: FormFailure | undefined }) {
  const mine = failureFor(failure, "deactivate");
  const busy = useNavigation().formData?.get("intent") === "deactivate";
  return (
    <Form method="post" noValidate className={boxClass}>
      <h3 className="font-medium">Deactivate</h3>
      <FormErrors failure={mine} />
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="confirm" value="yes" className="size-5" aria-invalid={mine?.fieldErrors.confirm ? true : undefined} />
        The card stops paying for good, and checkouts still open lose what they hold of it; this cannot be undone.
      </label>
      {mine?.fieldErrors.confirm ? <p className="text-sm text-red-700 dark:text-red-400">{mine.fieldErrors.confirm}</p> : null}
      <Button name="intent" value="deactivate" variant="secondary" busy={busy} busyLabel="Saving…" className="justify-self-start">
        Deactivate the card
      </Button>
    </Form>
  );
}

export default function AdminGiftCardPage() {
  const { card } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const money = (cents: number) => formatMoney(cents, card.currency);
  const active = card.status === "active";
  return (
    <div>
      <p>
        <Link to="/admin/gift-cards" className="inline-block py-2 text-sm underline underline-offset-2">
          All gift cards
        </Link>
      </p>
      <h1 className="font-serif text-3xl">
        Gift card <span className="font-mono">…{card.last4}</span>
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {active ? "Active" : "Deactivated"} · {card.paid ? "bought" : "store credit"} for {card.recipientName},{" "}
        <span className="break-all">{card.recipientEmail}</span> · {card.sentAt ? <>sent <time dateTime={card.sentAt}>{when.format(new Date(card.sentAt))}</time> UTC</> : "not yet sent"}
      </p>
      {done ? (
        <Notice tone="success" className="mt-6">
          {done}
        </Notice>
      ) : null}
      <dl className="mt-6 grid grid-cols-3 gap-4 rounded-lg border border-stone-200 p-4 dark:border-stone-800">
        <div>
          <dt className="text-sm text-stone-600 dark:text-stone-400">Balance</dt>
          <dd className="text-lg font-medium">{money(card.balanceCents)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600 dark:text-stone-400">Held</dt>
          <dd className="text-lg font-medium">{money(card.heldCents)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600 dark:text-stone-400">Issued for</dt>
          <dd className="text-lg font-medium">{money(card.initialAmountCents)}</dd>
        </div>
      </dl>
      {active ? (
        <section aria-label="Changes" className="mt-8 grid gap-4 lg:grid-cols-3">
          <AdjustForm card={card} failure={failure} />
          <ResendForm failure={failure} />
          <DeactivateForm failure={failure} />
        </section>
      ) : null}
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="font-serif text-xl">
          History
        </h2>
        <AdminTable label="History" caption="Every movement of the card, newest first" columns={[{ label: "When (UTC)" }, { label: "What" }, { label: "Amount", align: "right" }]}>
          {card.ledger.map((entry) => (
            <tr key={entry.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              </td>
              <td className="px-3 py-2">
                {KIND_LABELS[entry.kind] ?? entry.kind}
                {entry.note ? <span className="block break-words text-stone-600 dark:text-stone-400">{entry.note}</span> : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right">{money(entry.amountCents)}</td>
            </tr>
          ))}
        </AdminTable>
      </section>
      {card.holds.length > 0 ? (
        <section aria-labelledby="holds-heading" className="mt-10">
          <h2 id="holds-heading" className="font-serif text-xl">
            Holds
          </h2>
          <ul className="mt-4 grid gap-2 text-sm">
            {card.holds.map((hold) => (
              <li key={hold.id}>
                {money(hold.amountCents)} for checkout <span className="break-all font-mono">{hold.checkoutRef}</span>: {hold.status}, <time dateTime={hold.at}>{when.format(new Date(hold.at))}</time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
