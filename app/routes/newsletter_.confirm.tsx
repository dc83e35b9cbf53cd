// /newsletter/confirm: where the confirmation mail's signed link leads. Opening it shows a button;
// pressing it (a POST) confirms, so a mail scanner that opens links cannot subscribe anyone.
// A link that is not ours is a 400 with a way to sign up again, never an error page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { SignedLinkPage, signedLinkOf as linkOf } from "~/components/newsletter/signed-link-page";
import { confirmationLinkState, confirmSubscription } from "~/lib/newsletter.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

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
    <SignedLinkPage
      done={outcome === "confirmed" ? "Thank you — your subscription is confirmed." : outcome === "already_confirmed" ? "This address is already confirmed; there is nothing more to do." : null}
      invalid={
        outcome === "invalid" ? (
          <>
            This confirmation link is not valid. It may have been cut short by your mail program; sign up again on the <Link to="/newsletter" className="underline underline-offset-2">newsletter page</Link> for a new one.
          </>
        ) : null
      }
      form={link ? { link, intro: "Press the button to start receiving new prints and the stories behind them, a few times a year.", button: "Confirm my subscription" } : null}
    />
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
