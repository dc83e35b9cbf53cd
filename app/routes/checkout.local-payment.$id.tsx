// /checkout/test/:id: local test mode's stand-in for Stripe's hosted payment page (never in
// production). Paying or letting it expire sends a signed Stripe-shaped event to /webhooks/stripe.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OrderLines } from "~/components/checkout/order-lines";
import { ErrorView } from "~/components/error-view";
import { DomainError, finishLocalTestCheckout, getLocalTestCheckout, httpStatusOf, localTestActionSchema, toResponse } from "~/lib/checkout.server";

const field = "h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-stone-500 dark:bg-stone-950";

export async function loader({ params, context }: LoaderFunctionArgs) {
  try {
    return json({ checkout: await getLocalTestCheckout(context, params.id ?? "") });
  } catch (error) {
    throw toResponse(error);
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const parsed = localTestActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: [...new Set(parsed.error.issues.map((i) => i.message))].join(" ") }, { status: 400 });
  try {
    const next = await finishLocalTestCheckout(context, { sessionId: params.id ?? "", origin: new URL(request.url).origin, action: parsed.data });
    return redirect(next, 303);
  } catch (error) {
    if (error instanceof DomainError) return json({ error: error.message }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction = () => [{ title: "TEST MODE payment · Printroom" }, { name: "robots", content: "noindex" }];

export default function LocalTestPaymentPage() {
  const { checkout } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const open = checkout.status === "open" && !checkout.isExpired;
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <p role="note" className="rounded-md border-2 border-amber-500 bg-amber-50 p-3 font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100">
        TEST MODE — no money moves. This page stands in for Stripe’s payment page on a development machine.
      </p>
      <h1 className="mt-6 font-serif text-3xl">Pay Printroom</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Receipt to {checkout.email}</p>
      {checkout.giftCardPurchase ? (
        <p className="mt-4">
          A gift card for <strong>{checkout.giftCardPurchase.recipientName}</strong> ({checkout.giftCardPurchase.recipientEmail}), from{" "}
          {checkout.giftCardPurchase.senderName}, e-mailed {checkout.giftCardPurchase.deliverOn ? `on ${checkout.giftCardPurchase.deliverOn}` : "as soon as you have paid"}.
        </p>
      ) : null}
      <div className="mt-6">
        <OrderLines
          lines={checkout.lines.map((l) => ({ ...l, totalCents: l.lineTotalCents }))}
          subtotalCents={checkout.subtotalCents}
          discountCents={checkout.discountCents}
          discountLabel={checkout.giftCardLast4 ? `Gift card ending in ${checkout.giftCardLast4}` : undefined}
          totalCents={checkout.totalCents}
          currency={checkout.currency}
          totalLabel="To pay"
        />
      </div>
      {result?.error ? (
        <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {result.error}
        </p>
      ) : null}
      {open ? (
        <Form method="post" className="mt-8 grid gap-3">
          {checkout.kind === "order" ? (
            <fieldset className="grid gap-3">
              <legend className="font-medium">Shipping address</legend>
              <label className="grid gap-1">
                Full name
                <input name="name" required autoComplete="name" defaultValue="Test Shopper" className={field} />
              </label>
              <label className="grid gap-1">
                Street address
                <input name="line1" required autoComplete="address-line1" defaultValue="1 Test Street" className={field} />
              </label>
              <label className="grid gap-1">
                City
                <input name="city" required autoComplete="address-level2" defaultValue="Montauk" className={field} />
              </label>
              <label className="grid gap-1">
                Postal code
                <input name="postalCode" required autoComplete="postal-code" defaultValue="11954" className={field} />
              </label>
              <label className="grid gap-1">
                Country
                <select name="country" autoComplete="country" defaultValue={checkout.shippingCountries[0]} className={field}>
                  {checkout.shippingCountries.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
            </fieldset>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" name="intent" value="pay" disabled={busy} className="h-11 rounded-md bg-stone-900 px-6 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
              Pay (test)
            </button>
            <button type="submit" name="intent" value="cancel" formNoValidate disabled={busy} className="h-11 rounded-md border border-stone-400 px-5">
              Cancel
            </button>
            <button type="submit" name="intent" value="expire" formNoValidate disabled={busy} className="h-11 rounded-md border border-stone-400 px-5">
              Let it expire
            </button>
          </div>
        </Form>
      ) : (
        <p className="mt-8" role="status">
          This test checkout is {checkout.isExpired && checkout.status === "open" ? "expired" : checkout.status.replace("_", " ")}. Start again from your cart.
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
