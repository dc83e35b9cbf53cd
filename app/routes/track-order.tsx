// /track-order: find an order by its number and the e-mail it was placed with. A POST form, so the
// e-mail never lands in a URL and it works without JavaScript; misses all read the same. The
// order's mails link here with the number signed (?order=…&sig=…), which shows it with no typing;
// a link that is not ours gets the form with a word why, never an error page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { OrderDetails } from "~/components/orders/order-details";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { handleForm } from "~/lib/forms.server";
import { trackOrderByLink, trackOrderForClient, trackOrderSchema } from "~/lib/orders.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const fromLink = params.has("order") || params.has("sig");
  const linked = fromLink ? await trackOrderByLink(context.db, context.env.SESSION_SECRET, { order: params.get("order"), sig: params.get("sig") }) : null;
  return json({
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Track your order", path: "/track-order", noindex: true }),
    linked,
    linkRefused: fromLink && !linked,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, trackOrderSchema, async (input) => json({ ok: true as const, order: await trackOrderForClient(context, input) }));
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Track your order" }]);

export default function TrackOrderPage() {
  const { linked, linkRefused } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = formFailureOf(result);
  const order = result?.ok ? result.order : linked;
  const searching = useNavigation().state === "submitting";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Track your order</h1>
      {linkRefused && !result ? (
        <Notice className="mt-4">That link does not open an order. Enter the order number and e-mail address from your confirmation e-mail instead.</Notice>
      ) : null}
      {order ? <OrderDetails order={order} /> : null}
      <h2 className={order ? "mt-12 font-serif text-xl" : "sr-only"}>{order ? "Track another order" : "Find your order"}</h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Enter the order number from your confirmation e-mail and the address it was sent to.</p>
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={failure} />
        <TextField
          label="Order number"
          name="number"
          required
          placeholder="PR-2026-000123"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={failure?.values.number}
          error={failure?.fieldErrors.number}
        />
        <TextField label="E-mail address" name="email" type="email" required autoComplete="email" defaultValue={failure?.values.email} error={failure?.fieldErrors.email} />
        <Button busy={searching} busyLabel="Looking…" className="justify-self-start">
          Find my order
        </Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
