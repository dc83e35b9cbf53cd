// "Removed … Undo" for a few seconds after Remove or Empty the cart, wherever the cart is shown.
// The removed lines are kept here, outside the lines themselves, which are gone once removed.
import { useEffect, useSyncExternalStore } from "react";
import { useCart, type CartView } from "~/lib/cart-context";

type Line = CartView["lines"][number];
type Removal = { id: number; lines: Line[] };

const UNDO_MS = 8000;
let current: Removal | null = null;
let nextId = 0;
const listeners = new Set<() => void>();
const publish = (removal: Removal | null) => {
  current = removal;
  for (const listener of listeners) listener();
};

/** Offer to put these lines back (replacing any earlier offer). */
export function offerUndo(lines: Line[]): void {
  if (lines.length > 0) publish({ id: nextId++, lines });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function CartUndoToast() {
  const removal = useSyncExternalStore(subscribe, () => current, () => null);
  const { add } = useCart();
  useEffect(() => {
    if (!removal) return;
    const timer = setTimeout(() => {
      if (current?.id === removal.id) publish(null);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [removal]);
  if (!removal) return <div role="status" aria-live="polite" className="sr-only" />;
  const what = removal.lines.length === 1 ? removal.lines[0]!.title : `${removal.lines.length} items`;
  const undo = async () => {
    publish(null);
    for (const line of removal.lines) {
      const preview = { title: line.title, description: line.description, href: line.href, thumbnail: line.thumbnail, unitPriceCents: line.unitPriceCents, shippingClass: line.shippingClass };
      await add({ variantId: line.variantId ?? undefined, productId: line.productId ?? undefined, quantity: line.quantity, preview });
    }
  };
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md items-center justify-between gap-4 rounded-lg bg-stone-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
      <span>Removed {what}.</span>
      <button type="button" onClick={() => void undo()} className="min-h-11 rounded-md px-3 font-semibold underline underline-offset-2 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2">
        Undo
      </button>
    </div>
  );
}
