// /newsletter: where every signup form posts; with JavaScript through a fetcher, without it as a page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { NewsletterForm, type SignupAnswer } from "~/components/newsletter/newsletter-form";
import { Notice } from "~/components/ui/notice";
import { handleForm } from "~/lib/forms.server";
import { signUp, signupFormSchema } from "~/lib/newsletter.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";
import { safeRedirectPath } from "~/shared/safe-redirect";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Newsletter", path: "/newsletter", noindex: true }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, signupFormSchema, async (input) => {
    await signUp(context.db, input, context);
    return json<SignupAnswer>({ ok: true, backTo: safeRedirectPath(input.redirectTo) });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Newsletter" }]);

/** What a shopper without JavaScript sees after posting a signup form. */
export default function NewsletterPage() {
  const result = useActionData<typeof action>();
  const failure = formFailureOf(result);
  const backTo = result?.ok ? result.backTo : safeRedirectPath(failure?.values.redirectTo);
  const source = failure?.values.source;
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Letters from the studio</h1>
      {result?.ok ? (
        <Notice tone="success" className="mt-4">
          Thank you — check your inbox: the link we sent confirms your subscription.
        </Notice>
      ) : (
        <div className="mt-6">
          {failure ? null : <p className="mb-4">New prints and the stories behind them, a few times a year.</p>}
          <NewsletterForm source={source === "homepage" || source === "popup" || source === "checkout" ? source : "footer"} failure={failure} />
        </div>
      )}
      <Link to={backTo} className="mt-8 inline-block underline underline-offset-2">
        Continue browsing
      </Link>
    </div>
  );
}
