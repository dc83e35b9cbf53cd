// Any URL no other route claims: a real 404 status with the helpful not-found page.
import type { MetaFunction } from "@remix-run/node";
import { NotFound } from "../components/not-found";
import { ErrorView } from "../components/error-view";
import { mergeMeta } from "../lib/seo";

export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export const meta: MetaFunction = ({ matches }) =>
  mergeMeta(matches, [
    { title: "Page not found · Printroom" },
    { name: "robots", content: "noindex" },
  ]);

export default function CatchAll() {
  return <NotFound />;
}

export function ErrorBoundary() {
  return <ErrorView />;
}
