// The cart as a side panel: a native modal <dialog>, so focus stays inside, Esc closes it and the
// page behind is inert without any focus-trap code of our own.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { useCart } from "~/lib/cart-context";
import { useCartMoneyBasis } from "~/lib/cart-money";
import { cartMoney } from "~/shared/cart-money";
import { CartLineItem } from "./cart-line-item";
import { CartMoneySummary } from "./cart-money-summary";
import { GiftCardCodeForm } from "./gift-card-code-form";
import { CartUndoToast } from "./cart-undo";
import { buttonClass } from "~/components/ui/button";
import { EmptyCart } from "./empty-cart";

export function CartDrawer() {
  const { cart, isDrawerOpen, closeDrawer, pending, error, dismissError } = useCart();
  const basis = useCartMoneyBasis();
  const location = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Things added without a preview are counted before the server describes them.
  const undescribed = cart.itemCount - cart.lines.reduce((n, l) => n + l.quantity, 0);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isDrawerOpen && !element.open) element.showModal();
    if (!isDrawerOpen && element.open) element.close();
  }, [isDrawerOpen]);

  // A click on the backdrop lands on the <dialog> element itself, never on its content.
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) closeDrawer();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={closeDrawer}
      onClick={closeOnBackdrop}
      className="fixed inset-y-0 left-auto right-0 m-0 h-full max-h-none w-full max-w-md bg-white p-0 text-stone-900 shadow-xl backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-stone-200 px-5 py-4 dark:border-stone-700">
          <h2 id={titleId} className="text-lg font-semibold">
            Your cart
          </h2>
          <button type="button" onClick={closeDrawer} aria-label="Close cart" className="inline-flex h-10 w-10 items-center justify-center rounded-full hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-stone-900 dark:hover:bg-stone-800 dark:focus-visible:outline-white">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </div>
        {error ? (
          <div role="alert" className="mx-5 mt-4 flex items-start justify-between gap-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
            <p>{error}</p>
            <button type="button" onClick={dismissError} className="shrink-0 underline focus-visible:outline focus-visible:outline-2">
              Dismiss
            </button>
          </div>
        ) : null}
        {cart.lines.length === 0 && cart.itemCount === 0 ? (
          <div className="flex flex-1 flex-col justify-center px-5">
            <EmptyCart onBrowse={closeDrawer} />
          </div>
        ) : (
          // The lines and the money scroll together: on a phone the gift card and Ship to forms leave no room for a list of its own.
          <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">
            <ul aria-busy={pending} className="flex-1 divide-y divide-stone-200 px-5 dark:divide-stone-700">
              {cart.lines.map((line) => (
                <CartLineItem key={line.id} line={line} compact />
              ))}
              {undescribed > 0 ? <li className="py-4 text-sm text-stone-600 dark:text-stone-400">Adding to your cart…</li> : null}
            </ul>
            <div className="space-y-3 border-t border-stone-200 px-5 py-4 dark:border-stone-700">
              {basis ? (
                <>
                  <GiftCardCodeForm
                    applied={basis.giftCard}
                    coversCents={cartMoney(basis, cart).giftCardCents}
                    error={null}
                    redirectTo={`${location.pathname}${location.search}`}
                    className=""
                  />
                  <CartMoneySummary basis={basis} cart={cart} size="drawer" />
                </>
              ) : null}
              <Link to="/checkout" onClick={closeDrawer} className={buttonClass("primary", "w-full")}>
                Checkout
              </Link>
              <Link to="/cart" onClick={closeDrawer} className={buttonClass("secondary", "w-full")}>
                View cart
              </Link>
            </div>
          </div>
        )}
        <CartUndoToast />
      </div>
    </dialog>
  );
}
