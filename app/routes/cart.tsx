import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { isRouteErrorResponse, Link, useActionData, useRouteError } from "@remix-run/react";
import { submitCartForm } from "~/lib/cart.server";
import { CartLineItem } from "~/components/cart/cart-line-item";
import { useCart } from "~/lib/cart-context";
import { formatMoney } from "~/lib/money";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Your cart", path: "/cart", noindex: true }) });
}

// The one cart action, for forms posted without JavaScript: apply the change, then go back (303).
export async function action({ request, context }: ActionFunctionArgs) {
  const result = await submitCartForm(await request.formData(), context);
  if ("error" in result) return json({ error: result.error }, { status: result.status });
  return redirect(result.redirectTo, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Your cart" }]);

export default function CartPage() {
  const { cart, error: changeError, pending } = useCart();
  const actionData = useActionData<typeof action>();
  const error = actionData?.error ?? changeError;
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
          <div className="mt-6 flex flex-col items-end gap-3">
            <p className="text-lg font-semibold">
              Subtotal <span className="ml-4 tabular-nums">{formatMoney(cart.subtotalCents)}</span>
            </p>
            <p className="text-sm text-stone-600 dark:text-stone-400">Shipping and taxes are worked out at checkout. Checkout opens soon.</p>
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
