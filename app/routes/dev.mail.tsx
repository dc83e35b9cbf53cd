// Development only: the mail the app would have sent, read from the outbox table. It shows every
// gift-card code, so it is a 404 in production and with DEV_PAGES=off, and the edge serves it only
// to the client addresses DEV_PAGES allows (server/http/dev-pages.ts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listOutbox } from "~/lib/mail.server";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";

export async function loader({ context }: LoaderFunctionArgs) {
  if (context.env.isProduction || context.env.DEV_PAGES.length === 0) throw new Response(null, { status: 404, statusText: "Not Found" });
  return json({ messages: await listOutbox(context.db), smtp: Boolean(context.env.SMTP_URL) });
}

export const meta: MetaFunction = () => [{ title: "Outbox · Printroom (development)" }, { name: "robots", content: "noindex" }];

const sentAt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default function DevMail() {
  const { messages, smtp } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-5xl px-4 sm:px-6">
      <PageIntro
        title="Outbox"
        lead={smtp ? "SMTP_URL is set, so mail is delivered and nothing new lands here." : "Mail the app has sent, newest first. Without SMTP_URL nothing leaves this machine."}
      />
      {messages.length === 0 ? (
        <p className="pb-16 text-stone-700 dark:text-stone-300">No mail yet.</p>
      ) : (
        <ol className="space-y-8 pb-16" aria-label="Sent mail">
          {messages.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`mail-${m.id}`} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
                <h2 id={`mail-${m.id}`} className="text-xl font-semibold">{m.subject}</h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm text-stone-700 dark:text-stone-300">
                  <dt>To</dt>
                  <dd>{m.to}</dd>
                  {m.replyTo ? (
                    <>
                      <dt>Reply to</dt>
                      <dd>{m.replyTo}</dd>
                    </>
                  ) : null}
                  <dt>Sent</dt>
                  <dd>
                    <time dateTime={m.createdAt}>{sentAt.format(new Date(m.createdAt))} UTC</time>
                  </dd>
                </dl>
                <details className="mt-4">
                  <summary className="cursor-pointer">Plain text</summary>
                  <pre className="mt-2 whitespace-pre-wrap text-sm">{m.text}</pre>
                </details>
                {/* An empty sandbox runs no script and gets no access to this page, whatever the mail holds. */}
                <iframe title={`HTML of “${m.subject}”`} sandbox="" srcDoc={m.html} className="mt-4 h-96 w-full rounded border border-stone-200 bg-white dark:border-stone-800" />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
