import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { CartLineItem } from "~/components/cart/cart-line-item";
import { EmptyCart } from "~/components/cart/empty-cart";
import { GiftCardCodeForm } from "~/components/cart/gift-card-code-form";
import { buttonClass } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { applyCartFormChange, appliedGiftCard, cartFormSchema, MINIMUM_CHARGE_CENTS } from "~/lib/cart.server";
import { useCart } from "~/lib/cart-context";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { safeRedirectPath } from "~/shared/safe-redirect";
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
  return handleForm(request, cartFormSchema, async (input) => {
    await applyCartFormChange(context, context.session, input);
    return redirect(safeRedirectPath(input.redirectTo, "/cart"), 303);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Your cart" }]);

export default function CartPage() {
  const { cart, error: changeError, pending } = useCart();
  const { giftCard, minimumChargeCents } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const giftCardError = failure && "code" in failure.fieldErrors ? (failure.fieldErrors.code ?? null) : null;
  const error = failure?.formError ?? Object.values(failure?.fieldErrors ?? {}).find((message) => message !== giftCardError) ?? changeError;
  // Worked out from the live subtotal, so a quantity changed in place updates it at once.
  const coversCents = giftCard?.usable ? giftCardCoverage(giftCard.availableCents, cart.subtotalCents, minimumChargeCents) : 0;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-4xl text-stone-900 dark:text-stone-100">Your cart</h1>
      {error ? (
        <Notice tone="error" className="mt-4">
          {error}
        </Notice>
      ) : null}
      {cart.lines.length === 0 && cart.itemCount === 0 ? (
        <EmptyCart />
      ) : (
        <>
          <ul aria-busy={pending} className="mt-6 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
            {cart.lines.map((line) => (
              <CartLineItem key={line.id} line={line} />
            ))}
          </ul>
          <GiftCardCodeForm applied={giftCard} coversCents={coversCents} error={giftCardError} typed={giftCardError ? failure?.values.code : undefined} />
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
            <Link to="/checkout" className={buttonClass("primary", "px-8")}>
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
      <button type="submit" className={buttonClass("quiet", "text-sm")}>
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
