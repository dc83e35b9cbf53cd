// The header's cart link: a plain link to /cart without JavaScript, the drawer's opener with it.
import type { MouseEvent } from "react";
import { useCart } from "~/lib/cart-context";

export function CartButton() {
  const { itemCount, openDrawer } = useCart();
  const label = itemCount === 1 ? "Cart, 1 item" : `Cart, ${itemCount} items`;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    openDrawer();
  };
  return (
    <a
      href="/cart"
      onClick={open}
      aria-label={label}
      className="relative inline-flex h-10 w-10 items-center justify-center rounded-full text-stone-800 hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 dark:text-stone-100 dark:hover:bg-stone-800 dark:focus-visible:outline-stone-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 7h12l-1 13H7L6 7Z" />
        <path d="M9 7V6a3 3 0 0 1 6 0v1" />
      </svg>
      {itemCount > 0 ? (
        <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-stone-900 px-1 text-xs font-semibold tabular-nums text-white dark:bg-white dark:text-stone-900">
          {itemCount > 99 ? "99+" : itemCount}
        </span>
      ) : null}
    </a>
  );
}
