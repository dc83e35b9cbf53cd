// /admin/people/subscribers.csv: every subscriber the search matches, as a spreadsheet file, streamed
// from a Postgres cursor a batch at a time (server/admin/people/subscribers-csv.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { adminResponseHeaders, requireAdmin, subscribersCsvFileName, subscribersCsvStream } from "~/lib/admin-people.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const q = (new URL(args.request.url).searchParams.get("q") ?? "").slice(0, 254);
  return new Response(subscribersCsvStream(args.context.db, { q }), {
    headers: {
      ...adminResponseHeaders,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${subscribersCsvFileName()}"`,
    },
  });
}
