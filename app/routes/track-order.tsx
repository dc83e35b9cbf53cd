// /track-order: find an order by its number and the e-mail it was placed with. A POST form, so the
// e-mail never lands in a URL and it works without JavaScript; misses all read the same.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorView } from "~/components/error-view";
import { OrderDetails } from "~/components/orders/order-details";
import { DomainError, httpStatusOf, trackOrderForClient } from "~/lib/checkout.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

const trackFormSchema = z.object({ number: z.string().catch(""), email: z.string().catch("") });

const field = "h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-stone-500 dark:bg-stone-950";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Track your order", path: "/track-order", noindex: true }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = trackFormSchema.parse(Object.fromEntries(await request.formData()));
  try {
    return json({ order: await trackOrderForClient(context, form), error: null });
  } catch (error) {
    if (error instanceof DomainError) return json({ order: null, error: error.message }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Track your order" }]);

export default function TrackOrderPage() {
  const result = useActionData<typeof action>();
  const searching = useNavigation().state === "submitting";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Track your order</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Enter the order number from your confirmation e-mail and the address it was sent to.</p>
      <Form method="post" className="mt-6 grid gap-3">
        <label className="grid gap-1">
          Order number
          <input name="number" required placeholder="PR-2026-000123" autoComplete="off" autoCapitalize="characters" spellCheck={false} className={field} />
        </label>
        <label className="grid gap-1">
          E-mail address
          <input name="email" type="email" required autoComplete="email" className={field} />
        </label>
        <button
          type="submit"
          disabled={searching}
          className="mt-2 h-11 justify-self-start rounded-md bg-stone-900 px-6 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          {searching ? "Looking…" : "Find my order"}
        </button>
      </Form>
      {result?.error ? (
        <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {result.error}
        </p>
      ) : null}
      {result?.order ? <OrderDetails order={result.order} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
