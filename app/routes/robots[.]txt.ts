import type { LoaderFunctionArgs } from "@remix-run/node";
import { robotsTxt } from "../lib/storefront.server";

export function loader({ context }: LoaderFunctionArgs) {
  return new Response(robotsTxt(context.env.PUBLIC_URL), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
