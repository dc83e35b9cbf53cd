import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { appliedGiftCard, MINIMUM_CHARGE_CENTS, submitCartForm } from "~/lib/cart.server";
import { CartLineItem } from "~/components/cart/cart-line-item";
import { GiftCardCodeForm } from "~/components/cart/gift-card-code-form";
import { useCart } from "~/lib/cart-context";
import { giftCardCoverage } from "~/shared/gift-card-coverage";
import { formatMoney } from "~/shared/money";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({
    giftCard: await appliedGiftCard(context.db, context.session.id),
    minimumChargeCents: MINIMUM_CHARGE_CENTS,
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Your cart", path: "/cart", noindex: true }),
  });
}

// The one cart action, for forms posted without JavaScript (and the gift card form): apply the change, then go back (303).
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const result = await submitCartForm(form, context);
  if ("error" in result) {
    const field = form.get("intent") === "applyGiftCard" ? { field: "giftCard" as const } : {};
    return json({ error: result.error, ...field }, { status: result.status });
  }
  return redirect(result.redirectTo, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Your cart" }]);

export default function CartPage() {
  const { cart, error: changeError, pending } = useCart();
  const { giftCard, minimumChargeCents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const giftCardError = actionData && "field" in actionData ? actionData.error : null;
  const error = (giftCardError ? null : actionData?.error) ?? changeError;
  // Worked out from the live subtotal, so a quantity changed in place updates it at once.
  const coversCents = giftCard?.usable ? giftCardCoverage(giftCard.availableCents, cart.subtotalCents, minimumChargeCents) : 0;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-4xl text-stone-900 dark:text-stone-100">Your cart</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      {cart.lines.length === 0 && cart.itemCount === 0 ? (
        <div className="mt-8 space-y-4">
          <p>Your cart is empty.</p>
          <Link to="/photos" className="underline underline-offset-2">
            Browse photos
          </Link>
        </div>
      ) : (
        <>
          <ul aria-busy={pending} className="mt-6 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
            {cart.lines.map((line) => (
              <CartLineItem key={line.id} line={line} />
            ))}
          </ul>
          <GiftCardCodeForm applied={giftCard} coversCents={coversCents} error={giftCardError} />
          <div className="mt-6 flex flex-col items-end gap-3">
            <dl className="grid grid-cols-[auto_auto] gap-x-6 gap-y-1 text-right">
              <dt>Subtotal</dt>
              <dd className="tabular-nums">{formatMoney(cart.subtotalCents)}</dd>
              {coversCents > 0 ? (
                <>
                  <dt>Gift card ending in {giftCard?.last4}</dt>
                  <dd className="tabular-nums">−{formatMoney(coversCents)}</dd>
                </>
              ) : null}
              <dt className="text-lg font-semibold">To pay</dt>
              <dd className="text-lg font-semibold tabular-nums">{formatMoney(cart.subtotalCents - coversCents)}</dd>
            </dl>
            <p className="text-sm text-stone-600 dark:text-stone-400">Shipping and taxes are worked out at checkout.</p>
            <Link
              to="/checkout"
              className="rounded-full bg-stone-900 px-8 py-3 font-medium text-white hover:bg-stone-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 dark:bg-white dark:text-stone-900 dark:hover:bg-stone-200 dark:focus-visible:outline-white"
            >
              Checkout
            </Link>
            <ClearCartForm />
          </div>
        </>
      )}
    </div>
  );
}

function ClearCartForm() {
  const { clear } = useCart();
  return (
    <form
      method="post"
      action="/cart"
      onSubmit={(event) => {
        event.preventDefault();
        void clear();
      }}
    >
      <input type="hidden" name="intent" value="clear" />
      <button type="submit" className="text-sm underline underline-offset-2 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2">
        Empty the cart
      </button>
    </form>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-3xl">We could not show your cart</h1>
      <p className="mt-2">{isRouteErrorResponse(error) ? String(error.data) : "Something went wrong on our side."}</p>
      <a href="/cart" className="mt-4 inline-block underline underline-offset-2">
        Try again
      </a>
    </div>
  );
}
