import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { CartLineItem } from "~/components/cart/cart-line-item";
import { CartUndoToast, offerUndo } from "~/components/cart/cart-undo";
import { PutBackNotice } from "~/components/cart/put-back-notice";
import { EmptyCart } from "~/components/cart/empty-cart";
import { GiftCardCodeForm } from "~/components/cart/gift-card-code-form";
import { buttonClass } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { applyCartFormChange, appliedGiftCard, cartFormSchema } from "~/lib/cart.server";
import { useCart } from "~/lib/cart-context";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { safeRedirectPath } from "~/shared/safe-redirect";
import { encodePutBack } from "~/shared/cart-put-back";
import { cartMoney } from "~/shared/cart-money";
import { CartMoneySummary } from "~/components/cart/cart-money-summary";
import { useCartMoneyBasis } from "~/lib/cart-money";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({
    giftCard: await appliedGiftCard(context.db, context.session.id),
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
  const { giftCard } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const giftCardError = failure && "code" in failure.fieldErrors ? (failure.fieldErrors.code ?? null) : null;
  const error = failure?.formError ?? Object.values(failure?.fieldErrors ?? {}).find((message) => message !== giftCardError) ?? changeError;
  const basis = useCartMoneyBasis();
  // Worked out from the live cart, so a quantity changed in place updates it at once.
  const coversCents = basis ? cartMoney(basis, cart).giftCardCents : 0;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-4xl text-stone-900 dark:text-stone-100">Your cart</h1>
      {error ? (
        <Notice tone="error" className="mt-4">
          {error}
        </Notice>
      ) : null}
      <PutBackNotice />
      <CartUndoToast />
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
            {basis ? <CartMoneySummary basis={basis} cart={cart} /> : null}
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

/** Can be undone: a toast with JavaScript, a "Put it back" form on the next page without. */
function ClearCartForm() {
  const { cart, clear } = useCart();
  const saved = cart.lines.filter((line) => line.id > 0);
  return (
    <form
      method="post"
      action="/cart"
      onSubmit={(event) => {
        event.preventDefault();
        void clear().then((cleared) => cleared && offerUndo(saved));
      }}
    >
      <input type="hidden" name="intent" value="clear" />
      <input type="hidden" name="redirectTo" value={`/cart?putBack=${encodePutBack(saved)}`} />
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
