// What the cart looks like while a change is on its way to the server; the server's answer replaces it.
import type { CartLine, CartView } from "../../server/cart/cart";

export type { CartLine, CartView };

const MAX_QUANTITY = 99;

/** What the page already knows about a thing being added, so a new line can appear at once. */
export type CartLinePreview = Pick<CartLine, "title" | "description" | "href" | "thumbnail" | "unitPriceCents"> & Partial<Pick<CartLine, "shippingClass">>;

export type AddInput = { variantId?: number; productId?: number; quantity?: number; preview?: CartLinePreview };

function totals(lines: CartLine[], extraItems = 0): CartView {
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0) + extraItems,
    subtotalCents: lines.reduce((n, l) => n + l.lineTotalCents, 0),
  };
}

const withQuantity = (line: CartLine, quantity: number): CartLine => ({ ...line, quantity, lineTotalCents: line.unitPriceCents * quantity });

/** Lines not yet saved get negative ids, so they can never be mistaken for a server row. */
let temporaryId = 0;

export function applyAdd(cart: CartView, input: AddInput): CartView {
  const quantity = input.quantity ?? 1;
  const existing = cart.lines.find((l) => (input.variantId !== undefined ? l.variantId === input.variantId : l.productId === input.productId));
  const unsavedItems = cart.itemCount - cart.lines.reduce((n, l) => n + l.quantity, 0);
  if (existing) {
    return totals(
      cart.lines.map((l) => (l === existing ? withQuantity(l, Math.min(MAX_QUANTITY, l.quantity + quantity)) : l)),
      unsavedItems,
    );
  }
  if (!input.preview) return totals(cart.lines, unsavedItems + quantity);
  const line: CartLine = {
    id: --temporaryId,
    kind: input.variantId !== undefined ? "print" : "product",
    variantId: input.variantId ?? null,
    productId: input.productId ?? null,
    // Until the server answers (a moment), a page that did not say how it ships estimates it as the smallest parcel.
    shippingClass: input.productId !== undefined ? "book" : "small_paper",
    ...input.preview,
    quantity,
    lineTotalCents: input.preview.unitPriceCents * quantity,
  };
  return totals([...cart.lines, line], unsavedItems);
}

export function applySetQuantity(cart: CartView, itemId: number, quantity: number): CartView {
  const unsavedItems = cart.itemCount - cart.lines.reduce((n, l) => n + l.quantity, 0);
  return totals(
    cart.lines.map((l) => (l.id === itemId ? withQuantity(l, quantity) : l)),
    unsavedItems,
  );
}

export function applyRemove(cart: CartView, itemId: number): CartView {
  const unsavedItems = cart.itemCount - cart.lines.reduce((n, l) => n + l.quantity, 0);
  return totals(
    cart.lines.filter((l) => l.id !== itemId),
    unsavedItems,
  );
}

export const applyClear = (): CartView => totals([]);
