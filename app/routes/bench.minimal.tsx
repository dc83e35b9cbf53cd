// The baseline page of `npm run bench`: the root layout around almost nothing, so the photo page's
// throughput can be compared with what Remix, the root loader and the layout cost on their own.
// A 404 unless the server runs with BENCH_ROUTES=on.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { mergeMeta } from "../lib/seo";

export function loader({ context }: LoaderFunctionArgs) {
  if (context.env.BENCH_ROUTES !== "on") throw new Response(null, { status: 404, statusText: "Not Found" });
  return json({ ok: true });
}

export const meta: MetaFunction = ({ matches }) =>
  mergeMeta(matches, [
    { title: "Benchmark baseline · Printroom" },
    { name: "robots", content: "noindex" },
  ]);

export default function BenchMinimal() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <h1 className="py-10 font-serif text-4xl">Baseline</h1>
    </div>
  );
}
