import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { submitContactForm } from "~/lib/contact.server";
import { HONEYPOT_FIELD } from "../../server/contact/honeypot";
import { PageIntro } from "~/components/page-intro";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return json({
    sent: new URL(request.url).searchParams.get("sent") === "1",
    studioEmail: context.env.SHOP_EMAIL,
    seo: buildSeo(context.env.PUBLIC_URL, {
      title: "Contact",
      description: "Questions about a print, a commission or an order? Write to the studio; every message is read and answered in person.",
      path: "/contact",
    }),
  });
}

// Post, then redirect to the thanks (303), so a reload never sends the message twice. A bot that
// filled the honeypot is sent to the same thanks.
export async function action({ request, context }: ActionFunctionArgs) {
  const result = await submitContactForm(await request.formData(), context);
  if ("error" in result) return json({ error: result.error, values: result.values }, { status: result.status });
  return redirect("/contact?sent=1", 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Contact" }]);

const fieldClass =
  "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-100 dark:focus-visible:outline-stone-100";

export default function ContactPage() {
  const { sent, studioEmail } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const sending = useNavigation().state === "submitting";
  const id = useId();
  const values = result?.values ?? {};
  return (
    <div className="mx-auto w-full max-w-2xl px-4 sm:px-6">
      <PageIntro title="Contact" lead="Questions about a print, a commission or an order? Every message is read and answered by the photographer." />
      {sent ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
          Thank you — your message is on its way. We usually reply within two working days.
        </p>
      ) : null}
      {result?.error ? (
        <p role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {result.error}
        </p>
      ) : null}
      {!sent ? (
        <Form method="post" className="space-y-5">
          <div>
            <label htmlFor={`${id}-name`} className="font-medium">
              Name
            </label>
            <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={100} defaultValue={values.name} className={fieldClass} />
          </div>
          <div>
            <label htmlFor={`${id}-email`} className="font-medium">
              E-mail address
            </label>
            <input id={`${id}-email`} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} className={fieldClass} />
          </div>
          <div>
            <label htmlFor={`${id}-subject`} className="font-medium">
              Subject <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
            </label>
            <input id={`${id}-subject`} name="subject" maxLength={150} defaultValue={values.subject} className={fieldClass} />
          </div>
          <div>
            <label htmlFor={`${id}-message`} className="font-medium">
              Message
            </label>
            <textarea id={`${id}-message`} name="message" required maxLength={5000} rows={7} defaultValue={values.message} className={fieldClass} />
          </div>
          {/* Off-screen rather than display:none, which some bots skip; people and screen readers never meet it. */}
          <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
            <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>Leave this field empty</label>
            <input id={`${id}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <button
            type="submit"
            disabled={sending}
            className="rounded-md bg-stone-900 px-6 py-3 font-medium text-white hover:bg-stone-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white dark:focus-visible:outline-stone-100"
          >
            {sending ? "Sending…" : "Send message"}
          </button>
        </Form>
      ) : null}
      <p className="mt-10 text-stone-700 dark:text-stone-300">
        Prefer e-mail? Write to{" "}
        <a href={`mailto:${studioEmail}`} className="underline underline-offset-2">
          {studioEmail}
        </a>
        .
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-3xl">Contact</h1>
      <p className="mt-4">The contact form could not be shown just now.</p>
      <a href="/contact" className="mt-4 inline-block underline underline-offset-2">
        Try again
      </a>
    </div>
  );
}
