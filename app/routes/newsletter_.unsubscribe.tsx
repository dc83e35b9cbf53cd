// /newsletter/unsubscribe: where every marketing mail's signed link leads, and where a mail program
// POSTs its one-click unsubscribe (RFC 8058: the link's own query, a body of
// "List-Unsubscribe=One-Click"). Opening it shows a button; only a POST unsubscribes.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { SignedLinkPage, signedLinkOf as linkOf } from "~/components/newsletter/signed-link-page";
import { unsubscribeByLink, unsubscribeLinkState } from "~/lib/newsletter.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const link = linkOf(new URL(request.url).searchParams);
  const state = await unsubscribeLinkState(context.db, context.env.SESSION_SECRET, link);
  const seo = buildSeo(context.env.PUBLIC_URL, { title: "Unsubscribe", path: "/newsletter/unsubscribe", noindex: true });
  return json({ seo, state, link: state === "subscribed" ? { s: String(link.s), sig: String(link.sig) } : null }, { status: state === "invalid" ? 400 : 200 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  // A mail program's one-click POST carries the link in the query; the page's button, in its fields.
  const query = linkOf(new URL(request.url).searchParams);
  const link = query.s !== null ? query : linkOf(await request.formData());
  const outcome = await unsubscribeByLink(context.db, context.env.SESSION_SECRET, link);
  return json({ outcome }, { status: outcome === "invalid" ? 400 : 200 });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Unsubscribe" }]);

export default function UnsubscribePage() {
  const { state, link } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>()?.outcome ?? (state === "subscribed" ? null : state);
  return (
    <SignedLinkPage
      done={outcome === "unsubscribed" ? "You are unsubscribed: we will send this address no more letters." : outcome === "already_unsubscribed" ? "This address is not on the list any more; there is nothing more to do." : null}
      invalid={
        outcome === "invalid" ? (
          <>
            This unsubscribe link is not valid. It may have been cut short by your mail program; write to us from the <Link to="/contact" className="underline underline-offset-2">contact page</Link> and we will take the address off the list.
          </>
        ) : null
      }
      form={link ? { link, intro: "Press the button and this address gets no more letters about new prints.", button: "Unsubscribe" } : null}
    />
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
