// The cart drawer, loaded after the page or at the first "open", whichever comes first.
import { lazy } from "react";
import { useCart } from "../lib/cart-context";
import { DeferredMount } from "./deferred-mount";

const CartDrawer = lazy(() => import("./cart/cart-drawer").then((m) => ({ default: m.CartDrawer })));

export function LazyCartDrawer() {
  const { isDrawerOpen } = useCart();
  return (
    <DeferredMount now={isDrawerOpen}>
      <CartDrawer />
    </DeferredMount>
  );
}
