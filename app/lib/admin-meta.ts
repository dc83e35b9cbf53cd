// Every back-office page's title and its "do not index" (robots.txt disallows /admin as well).
import type { MetaDescriptor } from "@remix-run/node";

export function adminMeta(title: string): MetaDescriptor[] {
  return [{ title: `${title} · Printroom back office` }, { name: "robots", content: "noindex, nofollow" }];
}
