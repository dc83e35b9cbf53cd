// /track-order: find an order by its number and the e-mail it was placed with. A POST form, so the
// e-mail never lands in a URL and it works without JavaScript; misses all read the same.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { OrderDetails } from "~/components/orders/order-details";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { TextField } from "~/components/ui/text-field";
import { handleForm } from "~/lib/forms.server";
import { trackOrderForClient, trackOrderSchema } from "~/lib/orders.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Track your order", path: "/track-order", noindex: true }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, trackOrderSchema, async (input) => json({ ok: true as const, order: await trackOrderForClient(context, input) }));
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Track your order" }]);

export default function TrackOrderPage() {
  const result = useActionData<typeof action>();
  const failure = formFailureOf(result);
  const searching = useNavigation().state === "submitting";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Track your order</h1>
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
      {result?.ok ? <OrderDetails order={result.order} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
