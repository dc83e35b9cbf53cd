// One cart for the whole page (finding 12): the header badge, the drawer and the cart page read it here.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { applyAdd, applyClear, applyRemove, applySetQuantity, type AddInput, type CartView } from "./cart-optimistic";

type Api = typeof import("./trpc");
// The tRPC client is loaded on first use (and prefetched when the browser is idle), keeping it out
// of every page's initial JavaScript.
const loadApi = (): Promise<Api> => import("./trpc");

export type { AddInput, CartView };

export type CartContextValue = {
  cart: CartView;
  itemCount: number;
  /** each resolves to true when the server accepted the change, false when it was rolled back */
  add(input: AddInput): Promise<boolean>;
  setQuantity(itemId: number, quantity: number): Promise<boolean>;
  remove(itemId: number): Promise<boolean>;
  clear(): Promise<boolean>;
  refresh(): Promise<void>;
  pending: boolean;
  error: string | null;
  dismissError(): void;
  isDrawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
};

const CartContext = createContext<CartContextValue | null>(null);

type PendingChange = { id: number; apply: (cart: CartView) => CartView };

export function CartProvider({ initialCart, children }: { initialCart: CartView; children: ReactNode }) {
  const [confirmed, setConfirmed] = useState(initialCart);
  const [pendingChanges, setPendingChanges] = useState<PendingChange[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const nextId = useRef(0);

  useEffect(() => {
    const prefetch = () => void loadApi().catch(() => {});
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(prefetch, { timeout: 4000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 2000);
    return () => clearTimeout(timer);
  }, []);

  // A fresh root loader result (after a form post or a revalidation) is the server's latest word.
  useEffect(() => setConfirmed(initialCart), [initialCart]);

  // Changes go to the server one at a time, so each answer already includes every earlier change
  // and answers can never arrive out of order.
  const submit = useCallback((apply: PendingChange["apply"], send: (trpc: Api["trpc"]) => Promise<CartView>): Promise<boolean> => {
    const change = { id: nextId.current++, apply };
    setError(null);
    setPendingChanges((list) => [...list, change]);
    const settled = queue.current
      .then(loadApi)
      .then((api) => send(api.trpc))
      .then(
        (serverCart) => {
          setConfirmed(serverCart);
          return true;
        },
        async (failure: unknown) => {
          const api = await loadApi().catch(() => null);
          setError(api ? api.errorMessage(failure) : "Something went wrong. Please check your connection and try again.");
          return false;
        },
      );
    queue.current = settled;
    return settled.finally(() => setPendingChanges((list) => list.filter((c) => c.id !== change.id)));
  }, []);

  const refresh = useCallback(async () => {
    await queue.current;
    const { trpc } = await loadApi();
    setConfirmed(await trpc.cart.get.query());
  }, []);

  const cart = useMemo(() => pendingChanges.reduce((view, change) => change.apply(view), confirmed), [confirmed, pendingChanges]);

  const value = useMemo<CartContextValue>(
    () => ({
      cart,
      itemCount: cart.itemCount,
      add: (input) =>
        submit(
          (view) => applyAdd(view, input),
          (trpc) => trpc.cart.add.mutate({ variantId: input.variantId, productId: input.productId, quantity: input.quantity ?? 1 }),
        ),
      setQuantity: (itemId, quantity) =>
        submit(
          (view) => applySetQuantity(view, itemId, quantity),
          (trpc) => trpc.cart.setQuantity.mutate({ itemId, quantity }),
        ),
      remove: (itemId) =>
        submit(
          (view) => applyRemove(view, itemId),
          (trpc) => trpc.cart.remove.mutate({ itemId }),
        ),
      clear: () => submit(applyClear, (trpc) => trpc.cart.clear.mutate()),
      refresh,
      pending: pendingChanges.length > 0,
      error,
      dismissError: () => setError(null),
      isDrawerOpen,
      openDrawer: () => setDrawerOpen(true),
      closeDrawer: () => setDrawerOpen(false),
    }),
    [cart, submit, refresh, pendingChanges.length, error, isDrawerOpen],
  );

  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error("useCart() needs a <CartProvider> above it (the root layout mounts one).");
  return value;
}
