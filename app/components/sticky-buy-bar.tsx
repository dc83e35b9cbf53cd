// The photo page's sticky bar on a phone (loaded lazily by the page, for the photo page alone).
import { useEffect, useState, type RefObject } from "react";
import { formatMoney } from "~/shared/money";
import { useCart } from "../lib/cart-context";
import type { CartLinePreview } from "../lib/cart-optimistic";
import { buttonClass } from "./ui/button";

/**
 * On a phone, once the size picker has scrolled above the screen, a bar at the bottom keeps the
 * chosen print, its price and "Add to cart" at hand. Hidden until the observer has seen the
 * picker go, so without JavaScript (and on wider screens) it never shows.
 */
function useScrolledAway(target: RefObject<HTMLElement>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setAway(!entry!.isIntersecting && entry!.boundingClientRect.top < 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return away;
}

export function StickyBuyBar({ picker, variantId, preview }: { picker: RefObject<HTMLElement>; variantId: number; preview: CartLinePreview }) {
  const { add, openDrawer } = useCart();
  const away = useScrolledAway(picker);
  return (
    <aside aria-label="Your print" hidden={!away} className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-lg md:hidden dark:border-stone-800 dark:bg-stone-950/95">
      {/* Only ever shown by JavaScript, so the button adds through the cart context, not a form. */}
      <div className="flex items-center gap-3">
        <p className="min-w-0 flex-1 text-sm text-stone-900 dark:text-stone-100">
          <span className="block truncate">{preview.description}</span>
          <span className="font-medium">{formatMoney(preview.unitPriceCents)}</span>
        </p>
        <button
          type="button"
          onClick={() => {
            openDrawer();
            void add({ variantId, quantity: 1, preview });
          }}
          className={buttonClass("primary")}
        >
          Add to cart
        </button>
      </div>
    </aside>
  );
}

