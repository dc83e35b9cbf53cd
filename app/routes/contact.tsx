import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { PageIntro } from "~/components/page-intro";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { contactFormSchema, submitContactMessage } from "~/lib/contact.server";
import { handleForm } from "~/lib/forms.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";
import { HONEYPOT_FIELD } from "~/shared/honeypot";

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
  return handleForm(
    request,
    contactFormSchema,
    async (message) => {
      await submitContactMessage(context.db, message, { clientIp: context.clientIp, rateLimits: context.rateLimits, shopEmail: context.env.SHOP_EMAIL, publicUrl: context.env.PUBLIC_URL });
      return redirect("/contact?sent=1", 303);
    },
    { neverEcho: [HONEYPOT_FIELD] },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Contact" }]);

export default function ContactPage() {
  const { sent, studioEmail } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const sending = useNavigation().state === "submitting";
  const id = useId();
  const values = failure?.values ?? {};
  const errors = failure?.fieldErrors ?? {};
  return (
    <div className="mx-auto w-full max-w-2xl px-4 sm:px-6">
      <PageIntro title="Contact" lead="Questions about a print, a commission or an order? Every message is read and answered by the photographer." />
      {sent ? <Notice tone="success">Thank you — your message is on its way. We usually reply within two working days.</Notice> : null}
      {!sent ? (
        <Form method="post" noValidate className="space-y-5">
          <FormErrors failure={failure} />
          <TextField label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={values.name} error={errors.name} />
          <TextField label="E-mail address" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} error={errors.email} />
          <TextField
            label={
              <>
                Subject <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
              </>
            }
            name="subject"
            maxLength={150}
            defaultValue={values.subject}
            error={errors.subject}
          />
          <TextField label="Message" name="message" multiline required maxLength={5000} rows={7} defaultValue={values.message} error={errors.message} />
          {/* Off-screen rather than display:none, which some bots skip; people and screen readers never meet it. */}
          <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
            <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>Leave this field empty</label>
            <input id={`${id}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <Button busy={sending} busyLabel="Sending…">
            Send message
          </Button>
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
