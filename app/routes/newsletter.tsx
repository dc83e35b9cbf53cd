import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { submitSignupForm } from "~/lib/newsletter.server";
import { NewsletterForm } from "~/components/newsletter/newsletter-form";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Newsletter", path: "/newsletter", noindex: true }) });
}

// Forms post here from every signup spot; with JavaScript through a fetcher, without it as a page.
export async function action({ request, context }: ActionFunctionArgs) {
  const result = await submitSignupForm(await request.formData(), context);
  if ("error" in result) return json({ error: result.error, source: result.source, backTo: result.backTo }, { status: result.status });
  return json({ subscribed: true as const, backTo: result.backTo });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Newsletter" }]);

/** What a shopper without JavaScript sees after posting a signup form. */
export default function NewsletterPage() {
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Letters from the studio</h1>
      {result && "subscribed" in result ? (
        <p role="status" className="mt-4">
          Thank you — you are on the list.
        </p>
      ) : (
        <div className="mt-6">
          {result && "error" in result ? (
            <p role="alert" className="mb-4 text-red-700 dark:text-red-300">
              {result.error}
            </p>
          ) : (
            <p className="mb-4">New prints and the stories behind them, a few times a year.</p>
          )}
          <NewsletterForm source={result && "source" in result ? result.source : "footer"} />
        </div>
      )}
      <Link to={result?.backTo ?? "/"} className="mt-8 inline-block underline underline-offset-2">
        Continue browsing
      </Link>
    </div>
  );
}
