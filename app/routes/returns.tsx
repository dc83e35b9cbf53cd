// /returns: one of the policy pages, its words from server/content (the owner's, else the defaults in pages.ts; shared with the assistant).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentPageView } from "~/components/content/content-page-view";
import { ErrorView } from "~/components/error-view";
import { sharedPageHeaders } from "~/lib/cache-control";
import { contentPageLoader } from "~/lib/content.server";
import { mergeMeta, seoMeta } from "~/lib/seo";

export const headers = sharedPageHeaders;

export const loader = ({ context }: LoaderFunctionArgs) => contentPageLoader(context.db, context.env.PUBLIC_URL, "returns");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function Page() {
  return <ContentPageView page={useLoaderData<typeof loader>().page} />;
}

export function ErrorBoundary() {
  return <ErrorView />;
}
