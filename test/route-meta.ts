// Runs a route's `meta` export on loader data the way Remix does, for asserting the tags a page gets.
import type { MetaDescriptor } from "@remix-run/node";

type AnyMeta = (args: never) => MetaDescriptor[] | undefined;

export function runMeta(meta: AnyMeta, data: unknown, parentMeta: MetaDescriptor[] = []): MetaDescriptor[] {
  const args = {
    data,
    params: {},
    location: { pathname: "/", search: "", hash: "", state: null, key: "test" },
    matches: [{ id: "root", meta: parentMeta, data: undefined, params: {}, pathname: "/", handle: undefined }],
    error: undefined,
  };
  return (meta as unknown as (a: typeof args) => MetaDescriptor[])(args) ?? [];
}
