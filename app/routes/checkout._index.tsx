// /checkout: the shopper gives the e-mail for the receipt and may join the newsletter, then is sent
// (303) to the payment page. When the gift card applied in the cart pays everything, they give the
// shipping address here instead and the order is placed at once. A plain POST form, so it works
// without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { OrderLines } from "~/components/checkout/order-lines";
import { ShippingAddressFields } from "~/components/checkout/shipping-address-fields";
import { ErrorView } from "~/components/error-view";
import { createCheckout, DomainError, getCheckoutPreview, httpStatusOf } from "~/lib/checkout.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

// Lenient on purpose: the service validates every field with the message shoppers should read.
const text = z.string().optional().catch(undefined);
const checkoutFormSchema = z.object({
  email: z.string().catch(""),
  newsletter: text,
  name: text,
  line1: text,
  line2: text,
  city: text,
  state: text,
  postalCode: text,
  country: text,
});

const notices = {
  cancelled: "Payment was cancelled. Your cart is just as you left it.",
  expired: "That payment page expired. Your cart is just as you left it.",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const notice = params.has("cancelled") ? notices.cancelled : params.has("expired") ? notices.expired : null;
  return json({
    ...(await getCheckoutPreview(context.db, context.session.id)),
    shippingCountries: context.env.STRIPE_SHIPPING_COUNTRIES,
    notice,
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Checkout", path: "/checkout", noindex: true }),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { email, newsletter, ...address } = checkoutFormSchema.parse(Object.fromEntries(await request.formData()));
  // The address fields are on the page only when a gift card pays for everything.
  const shippingAddress = address.line1 === undefined ? undefined : { ...address, name: address.name ?? "", line1: address.line1, city: address.city ?? "", postalCode: address.postalCode ?? "", country: address.country ?? "" };
  try {
    const { url } = await createCheckout(context, { sessionId: context.session.id, email, newsletterOptIn: newsletter === "on", shippingAddress });
    return redirect(url, 303);
  } catch (error) {
    if (error instanceof DomainError) return json({ error: error.message, email, ...(shippingAddress ? { address } : {}) }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Checkout" }]);

export default function CheckoutPage() {
  const { cart, giftCard, totalCents, paidInFullByGiftCard, shippingCountries, notice } = useLoaderData<typeof loader>();
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
              discountCents={giftCard?.coversCents ?? 0}
              discountLabel={giftCard ? `Gift card ending in ${giftCard.last4}` : undefined}
              totalCents={totalCents}
              currency="usd"
              totalLabel="To pay"
            />
          </div>
          <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
            {giftCard && !giftCard.usable
              ? `The gift card ending in ${giftCard.last4} can no longer be used. `
              : giftCard && giftCard.coversCents === 0
                ? `The gift card ending in ${giftCard.last4} has nothing left to spend right now. `
                : null}
            <Link to="/cart" className="underline underline-offset-2">
              {giftCard ? "Change the gift card in your cart" : "Have a gift card? Apply it in your cart"}
            </Link>
          </p>
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
            {paidInFullByGiftCard ? <ShippingAddressFields countries={shippingCountries} values={result && "address" in result ? result.address : undefined} /> : null}
            {result?.error ? (
              <p id="checkout-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
                {result.error}
              </p>
            ) : null}
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {paidInFullByGiftCard ? "Your gift card pays for everything: there is no payment page." : "You will give your shipping address and pay on the next page."}
            </p>
            <button
              type="submit"
              disabled={redirecting}
              className="mt-2 h-11 self-start rounded-md bg-stone-900 px-6 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
            >
              {paidInFullByGiftCard ? (redirecting ? "Placing your order…" : "Place order") : redirecting ? "Opening the payment page…" : "Continue to payment"}
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
