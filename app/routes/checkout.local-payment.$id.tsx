// /checkout/local-payment/:id: local test mode's stand-in for Stripe's hosted payment page (never in
// production). Paying or letting it expire sends a signed Stripe-shaped event to /webhooks/stripe.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OrderLines } from "~/components/checkout/order-lines";
import { ShippingAddressFields } from "~/components/checkout/shipping-address-fields";
import { ErrorView } from "~/components/error-view";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { finishLocalTestCheckout, getLocalTestCheckout, localTestActionSchemaFor, toResponse } from "~/lib/checkout.server";
import { handleForm } from "~/lib/forms.server";
import { expiredPath, giftCardReturnPaths, orderReturnPaths, successPathFor } from "~/shared/checkout-paths";
import { formFailureOf } from "~/shared/form-result";

/** Filled in, so a developer pays in one click; every field can still be changed to try a refusal. */
const testAddress = { name: "Test Shopper", line1: "1 Test Street", city: "Montauk", postalCode: "11954" };

export async function loader({ params, context }: LoaderFunctionArgs) {
  try {
    return json({ checkout: await getLocalTestCheckout(context, params.id ?? "") });
  } catch (error) {
    throw toResponse(error);
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return handleForm(request, localTestActionSchemaFor, async (action) => {
    const { outcome, sessionId, kind } = await finishLocalTestCheckout(context, { sessionId: params.id ?? "", action });
    const cancelled = kind === "gift_card" ? giftCardReturnPaths.cancelPath : orderReturnPaths.cancelPath;
    return redirect(outcome === "paid" ? successPathFor(sessionId) : outcome === "cancelled" ? cancelled : expiredPath(kind), 303);
  });
}

export const meta: MetaFunction = () => [{ title: "TEST MODE payment · Printroom" }, { name: "robots", content: "noindex" }];

export default function LocalTestPaymentPage() {
  const { checkout } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
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
          amounts={checkout.amounts}
          currency={checkout.currency}
        />
      </div>
      {open ? (
        <Form method="post" noValidate className="mt-8 grid gap-3">
          <FormErrors failure={failure} />
          {checkout.kind === "order" ? <ShippingAddressFields countries={checkout.shippingCountries} values={failure?.values ?? testAddress} errors={failure?.fieldErrors} /> : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <Button name="intent" value="pay" busy={busy}>
              Pay (test)
            </Button>
            <Button name="intent" value="cancel" variant="secondary" disabled={busy}>
              Cancel
            </Button>
            <Button name="intent" value="expire" variant="secondary" disabled={busy}>
              Let it expire
            </Button>
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
