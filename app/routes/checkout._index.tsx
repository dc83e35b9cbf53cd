// /checkout: the shopper gives the e-mail for the receipt and may join the newsletter, then is sent
// (303) to the payment page. A plain POST form, so it works without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { OrderLines } from "~/components/checkout/order-lines";
import { ErrorView } from "~/components/error-view";
import { createCheckout, DomainError, getCart, httpStatusOf } from "~/lib/checkout.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

// Lenient on purpose: the service validates the e-mail with the message shoppers should read.
const checkoutFormSchema = z.object({
  email: z.string().catch(""),
  newsletter: z.string().optional().catch(undefined),
});

const notices = {
  cancelled: "Payment was cancelled. Your cart is just as you left it.",
  expired: "That payment page expired. Your cart is just as you left it.",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const notice = params.has("cancelled") ? notices.cancelled : params.has("expired") ? notices.expired : null;
  return json({
    cart: await getCart(context.db, context.session.id),
    notice,
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Checkout", path: "/checkout", noindex: true }),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = checkoutFormSchema.parse(Object.fromEntries(await request.formData()));
  try {
    const { url } = await createCheckout(context.db, context.payments, {
      sessionId: context.session.id,
      email: form.email,
      newsletterOptIn: form.newsletter === "on",
    });
    return redirect(url, 303);
  } catch (error) {
    if (error instanceof DomainError) return json({ error: error.message, email: form.email }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Checkout" }]);

export default function CheckoutPage() {
  const { cart, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const redirecting = useNavigation().state !== "idle";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Checkout</h1>
      {notice ? (
        <p role="status" className="mt-4 rounded border border-stone-300 bg-stone-50 p-3 dark:border-stone-600 dark:bg-stone-900">
          {notice}
        </p>
      ) : null}
      {cart.lines.length === 0 ? (
        <div className="mt-8 space-y-4">
          <p>Your cart is empty.</p>
          <Link to="/photos" className="underline underline-offset-2">
            Browse prints
          </Link>
        </div>
      ) : (
        <>
          <div className="mt-6">
            <OrderLines
              lines={cart.lines.map((l) => ({ ...l, totalCents: l.lineTotalCents }))}
              subtotalCents={cart.subtotalCents}
              totalCents={cart.subtotalCents}
              currency="usd"
            />
          </div>
          <Form method="post" className="mt-8 flex flex-col gap-3">
            <label htmlFor="checkout-email" className="font-medium">
              E-mail for your receipt and order updates
            </label>
            <input
              id="checkout-email"
              name="email"
              type="email"
              required
              autoComplete="email"
              defaultValue={result?.email ?? ""}
              aria-invalid={result?.error ? true : undefined}
              aria-describedby={result?.error ? "checkout-error" : undefined}
              className="h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-stone-500 dark:bg-stone-950"
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="newsletter" className="h-5 w-5" />
              Send me the studio newsletter (new prints, a few times a year)
            </label>
            {result?.error ? (
              <p id="checkout-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
                {result.error}
              </p>
            ) : null}
            <p className="text-sm text-stone-600 dark:text-stone-400">You will give your shipping address and pay on the next page.</p>
            <button
              type="submit"
              disabled={redirecting}
              className="mt-2 h-11 self-start rounded-md bg-stone-900 px-6 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
            >
              {redirecting ? "Opening the payment page…" : "Continue to payment"}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
