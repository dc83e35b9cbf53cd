// "Add to cart": a real form posting to /cart (JavaScript off), or an instant add that opens the
// drawer (JavaScript on). The price is never sent; the server looks it up.
import { useLocation } from "@remix-run/react";
import { useId, type FormEvent } from "react";
import { useCart } from "~/lib/cart-context";
import type { CartLinePreview } from "~/lib/cart-optimistic";
import { buttonClass } from "~/components/ui/button";

export type AddToCartFormProps = {
  variantId?: number;
  productId?: number;
  disabled?: boolean;
  /** what the page already shows (title, size, price), so the drawer can list the line at once */
  preview?: CartLinePreview;
};

export function AddToCartForm({ variantId, productId, disabled = false, preview }: AddToCartFormProps) {
  const { add, openDrawer } = useCart();
  const location = useLocation();
  const quantityId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const quantity = Number(new FormData(event.currentTarget).get("quantity"));
    openDrawer();
    void add({ variantId, productId, quantity, preview });
  };

  return (
    <form method="post" action="/cart" onSubmit={submit} className="flex items-end gap-3">
      <input type="hidden" name="intent" value="add" />
      {variantId !== undefined ? <input type="hidden" name="variantId" value={variantId} /> : null}
      {productId !== undefined ? <input type="hidden" name="productId" value={productId} /> : null}
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <div className="flex flex-col gap-1">
        <label htmlFor={quantityId} className="text-sm font-medium">
          Quantity
        </label>
        <input
          id={quantityId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          step={1}
          defaultValue={1}
          required
          disabled={disabled}
          className="h-12 w-20 rounded border border-stone-300 bg-white px-3 text-center tabular-nums text-stone-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-50 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:focus-visible:outline-white"
        />
      </div>
      <button
        type="submit"
        disabled={disabled || (variantId === undefined && productId === undefined)}
        className={buttonClass("primary", "h-12 flex-1")}
      >
        {disabled ? "Unavailable" : "Add to cart"}
      </button>
    </form>
  );
}
