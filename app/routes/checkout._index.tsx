// /checkout: the shopper gives the e-mail for the receipt and may join the newsletter, then is sent
// (303) to the payment page. When the gift card applied in the cart pays everything, they give the
// shipping address here instead and the order is placed at once. A plain POST form, so it works
// without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { EmptyCart } from "~/components/cart/empty-cart";
import { OrderLines } from "~/components/checkout/order-lines";
import { GiftCardCodeForm } from "~/components/cart/gift-card-code-form";
import { ShippingCountryForm } from "~/components/cart/shipping-country-form";
import { countryName } from "~/shared/country-name";
import { taxNote } from "~/shared/cart-money";
import { ShippingAddressFields } from "~/components/checkout/shipping-address-fields";
import { ErrorView } from "~/components/error-view";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { checkoutFormSchemaFor, createCheckout, getCheckoutPreview } from "~/lib/checkout.server";
import { handleForm } from "~/lib/forms.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { orderReturnPaths, placedOrderPath } from "~/shared/checkout-paths";
import { formFailureOf } from "~/shared/form-result";

const notices = {
  cancelled: "Payment was cancelled. Your cart is just as you left it.",
  expired: "That payment page expired. Your cart is just as you left it.",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const notice = params.has("cancelled") ? notices.cancelled : params.has("expired") ? notices.expired : null;
  return json({
    ...(await getCheckoutPreview(context.db, context.session.id, { env: context.env, taxesAdded: context.payments.automaticTax })),
    notice,
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Checkout", path: "/checkout", noindex: true }),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, checkoutFormSchemaFor, async (input) => {
    const started = await createCheckout(context, { ...input, sessionId: context.session.id, returnPaths: orderReturnPaths });
    return redirect(started.paymentUrl ?? placedOrderPath(started.checkoutId), 303);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Checkout" }]);

export default function CheckoutPage() {
  const { cart, basis, money, amounts, notice } = useLoaderData<typeof loader>();
  const { giftCard } = basis;
  const paidInFullByGiftCard = money.paidInFullByGiftCard;
  const shipsThere = money.shippingCents !== null;
  const failure = formFailureOf(useActionData<typeof action>());
  const navigation = useNavigation();
  // Busy while posting and while going on to the payment page, not while a refusal reloads this one.
  const redirecting = navigation.state === "submitting" || (navigation.state === "loading" && navigation.location.pathname !== "/checkout");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Checkout</h1>
      {notice ? <Notice className="mt-4">{notice}</Notice> : null}
      {cart.lines.length === 0 ? (
        <EmptyCart />
      ) : (
        <>
          <div className="mt-6">
            <OrderLines lines={cart.lines.map((l) => ({ ...l, totalCents: l.lineTotalCents }))} amounts={amounts} currency="usd" />
          </div>
          <div className="mt-4 flex flex-col gap-2">
            <ShippingCountryForm country={basis.country} countries={basis.countries} />
            <p className="text-right text-sm text-stone-600 dark:text-stone-400">
              {shipsThere ? `Shipping to ${countryName(basis.country)}: the address is asked for on the payment page, in that country. ` : `Sorry, we do not ship to ${countryName(basis.country)}. `}
              {taxNote(basis.taxesAdded)}
            </p>
          </div>
          {giftCard && !giftCard.usable ? (
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">The gift card ending in {giftCard.last4} can no longer be used. Remove it to pay the full amount.</p>
          ) : giftCard && money.giftCardCents === 0 ? (
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">The gift card ending in {giftCard.last4} has nothing left to spend right now.</p>
          ) : null}
          <GiftCardCodeForm applied={giftCard} coversCents={money.giftCardCents} error={null} redirectTo="/checkout" className="mt-6" />
          <Form method="post" noValidate className="mt-8 flex flex-col gap-4">
            <FormErrors failure={failure} />
            <TextField
              label="E-mail for your receipt and order updates"
              name="email"
              type="email"
              required
              autoComplete="email"
              defaultValue={failure?.values.email ?? ""}
              error={failure?.fieldErrors.email}
            />
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="newsletter" defaultChecked={failure?.values.newsletter === "on"} className="h-5 w-5" />
              Send me the studio newsletter (new prints, a few times a year)
            </label>
            <input type="hidden" name="shippingCountry" value={basis.country} />
            {paidInFullByGiftCard ? <ShippingAddressFields countries={[basis.country]} values={failure?.values} errors={failure?.fieldErrors} /> : null}
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {paidInFullByGiftCard ? "Your gift card pays for everything: there is no payment page." : "You will give your shipping address and pay on the next page."}
            </p>
            <Button busy={redirecting} busyLabel={paidInFullByGiftCard ? "Placing your order…" : "Opening the payment page…"} className="mt-2 self-start">
              {paidInFullByGiftCard ? "Place order" : "Continue to payment"}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
