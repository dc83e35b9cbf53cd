// The cart's money basis the root loader sends with every page, for the drawer and the cart page.
import { useRouteLoaderData } from "@remix-run/react";
import type { CartMoneyBasis } from "~/shared/cart-money";

export function useCartMoneyBasis(): CartMoneyBasis | null {
  const root = useRouteLoaderData("root") as { cartMoney?: CartMoneyBasis } | undefined;
  return root?.cartMoney ?? null;
}
