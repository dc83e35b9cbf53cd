import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapEntries, sitemapXml } from "../lib/storefront.server";

export async function loader({ context }: LoaderFunctionArgs) {
  const xml = sitemapXml(context.env.PUBLIC_URL, await sitemapEntries(context.db));
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
