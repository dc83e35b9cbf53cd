// /newsletter/confirm: where the confirmation mail's signed link leads. Opening it shows a button;
// pressing it (a POST) confirms, so a mail scanner that opens links cannot subscribe anyone.
// A link that is not ours is a 400 with a way to sign up again, never an error page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { confirmationLinkState, confirmSubscription } from "~/lib/newsletter.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

const linkOf = (params: URLSearchParams | FormData) => ({ s: params.get("s"), sig: params.get("sig") });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const link = linkOf(new URL(request.url).searchParams);
  const state = await confirmationLinkState(context.db, context.env.SESSION_SECRET, link);
  const seo = buildSeo(context.env.PUBLIC_URL, { title: "Confirm your subscription", path: "/newsletter/confirm", noindex: true });
  return json({ seo, state, link: state === "pending" ? { s: String(link.s), sig: String(link.sig) } : null }, { status: state === "invalid" ? 400 : 200 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const outcome = await confirmSubscription(context.db, context.env.SESSION_SECRET, linkOf(await request.formData()));
  return json({ outcome }, { status: outcome === "invalid" ? 400 : 200 });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Confirm your subscription" }]);

export default function ConfirmSubscriptionPage() {
  const { state, link } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>()?.outcome ?? (state === "pending" ? null : state);
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Letters from the studio</h1>
      {outcome === "confirmed" || outcome === "already_confirmed" ? (
        <Notice tone="success" className="mt-4">
          {outcome === "confirmed" ? "Thank you — your subscription is confirmed." : "This address is already confirmed; there is nothing more to do."}
        </Notice>
      ) : outcome === "invalid" ? (
        <Notice tone="error" className="mt-4">
          This confirmation link is not valid. It may have been cut short by your mail program; sign up again on the <Link to="/newsletter" className="underline underline-offset-2">newsletter page</Link> for a new one.
        </Notice>
      ) : link ? (
        <Form method="post" className="mt-6">
          <p className="mb-4">Press the button to start receiving new prints and the stories behind them, a few times a year.</p>
          <input type="hidden" name="s" value={link.s} />
          <input type="hidden" name="sig" value={link.sig} />
          <Button>Confirm my subscription</Button>
        </Form>
      ) : null}
      <Link to="/" className="mt-8 inline-block py-2 underline underline-offset-2">
        Continue browsing
      </Link>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
