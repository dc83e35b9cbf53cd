// The contact inbox: messages sent through the contact form, those waiting first, 25 a page. The
// owner answers by mail (a mailto: link that opens their own mail program, addressed and titled)
// and marks a message handled, or waiting again; both are POSTs that work without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { InboxMessage, InboxView } from "../../server/admin/people/contact-inbox";
import { AdminPager, adminLinkClass } from "~/components/admin/admin-pager";
import { PeopleTabs } from "~/components/admin/people-tabs";
import { Button, buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Notice } from "~/components/ui/notice";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, DomainError, listContactMessages, markContactMessageHandled, markHandledInput, requireAdmin } from "~/lib/admin-people.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const show = params.get("show") ?? undefined;
  const before = params.get("before") ?? undefined;
  try {
    const page = await listContactMessages(args.context.db, { show: show as InboxView | undefined, before });
    return json({ ...page, show: (show ?? "waiting") as InboxView, isFirstPage: before === undefined, problem: null }, { headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return json({ rows: [] as InboxMessage[], waiting: 0, nextBefore: null, show: "waiting" as InboxView, isFirstPage: true, problem: error.message }, { status: 400, headers: adminResponseHeaders });
  }
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, markHandledInput, async (input) => {
    const change = await markContactMessageHandled(args.context.db, admin, input);
    return json({ ok: true as const, id: change.id, handled: change.after.handledAt !== null }, { headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("Contact inbox");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const VIEWS: { value: InboxView; label: string }[] = [
  { value: "waiting", label: "Waiting" },
  { value: "handled", label: "Handled" },
  { value: "all", label: "All" },
];

const inboxPath = (show: InboxView, before?: number) => {
  const params = new URLSearchParams(Object.entries({ show: show === "waiting" ? "" : show, before: before ? String(before) : "" }).filter(([, v]) => v !== ""));
  return params.size ? `/admin/people/inbox?${params}` : "/admin/people/inbox";
};

function MessageCard({ message, busy }: { message: InboxMessage; busy: boolean }) {
  const handled = message.handledAt !== null;
  return (
    <article aria-labelledby={`message-${message.id}`} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`message-${message.id}`} className="font-medium">
          {message.subject || "(no subject)"}
        </h3>
        <time dateTime={message.receivedAt} className="text-sm text-stone-600 dark:text-stone-400">
          {when.format(new Date(message.receivedAt))}
        </time>
      </header>
      <p className="mt-1 break-all text-sm text-stone-700 dark:text-stone-300">
        From {message.name} &lt;{message.email}&gt;
      </p>
      <p className="mt-3 whitespace-pre-line break-words">{message.message}</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <a href={message.replyHref} className={buttonClass("secondary")}>
          Reply by mail<span className="sr-only"> to {message.name}</span>
        </a>
        <Form method="post">
          <input type="hidden" name="id" value={message.id} />
          <input type="hidden" name="handled" value={handled ? "false" : "true"} />
          <Button variant={handled ? "quiet" : "primary"} busy={busy} busyLabel="Saving…">
            {handled ? "Mark as waiting" : "Mark handled"}
          </Button>
        </Form>
        {handled ? (
          <span className="text-sm text-stone-600 dark:text-stone-400">
            Handled <time dateTime={message.handledAt!}>{when.format(new Date(message.handledAt!))}</time>
          </span>
        ) : null}
      </div>
    </article>
  );
}

export default function AdminInbox() {
  const { rows, waiting, nextBefore, show, isFirstPage, problem } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = formFailureOf(answer);
  const pending = useNavigation().formData?.get("id");
  return (
    <div>
      <h1 className="font-serif text-3xl">People</h1>
      <PeopleTabs waiting={waiting} />
      <h2 className="mt-6 text-xl font-medium">Contact inbox</h2>
      <p className="mt-1 text-stone-700 dark:text-stone-300">{waiting === 1 ? "1 message waiting." : `${waiting} messages waiting.`} Times are UTC.</p>
      <nav aria-label="Which messages" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {VIEWS.map((view) => (
            <li key={view.value}>
              <Link to={inboxPath(view.value)} aria-current={view.value === show ? "page" : undefined} className={`${adminLinkClass} ${view.value === show ? "bg-stone-200 dark:bg-stone-800" : ""}`}>
                {view.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {problem ? (
        <Notice tone="error" className="mt-6">
          {problem}
        </Notice>
      ) : null}
      {answer && "handled" in answer ? (
        <Notice tone="success" className="mt-6">
          {answer.handled ? "Marked handled." : "Back among the waiting messages."}
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error" className="mt-6">
          {failure.formError ?? Object.values(failure.fieldErrors).join(" ")}
        </Notice>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={!isFirstPage ? "No older messages." : show === "waiting" ? "Nothing is waiting: every message has been handled." : "No messages here yet."} />
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {rows.map((message) => (
            <li key={message.id}>
              <MessageCard message={message} busy={pending === String(message.id)} />
            </li>
          ))}
        </ul>
      )}
      <AdminPager first={!isFirstPage ? { to: inboxPath(show), label: "Newest messages" } : null} next={nextBefore !== null ? { to: inboxPath(show, nextBefore), label: "Older messages" } : null} />
    </div>
  );
}
