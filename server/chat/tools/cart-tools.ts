// The cart tools: the session's own cart through the cart service the pages use (findings 30, 42, 44).
// An item id is looked up only inside this session's cart, so another cart's id reads as not there.
import { z } from "zod";
import { formatMoney } from "../../../app/shared/money";
import { addToCart, getCart, removeCartItem, setCartItemQuantity, type CartView } from "../../cart/cart";
import { getProductBySlug, PHOTO_BOOK_SLUG } from "../../catalog/products";
import { defineTool, positiveId, type ToolResult } from "./tool";

/** The assistant adds a few at a time; the cart page still allows up to 99. */
const chatQuantity = z.number().int().min(1).max(10);

export function cartResult(cart: CartView): ToolResult {
  return {
    data: {
      lines: cart.lines.map((line) => ({
        itemId: line.id,
        title: line.title,
        variantLabel: line.description,
        quantity: line.quantity,
        unitPrice: formatMoney(line.unitPriceCents),
        lineTotal: formatMoney(line.lineTotalCents),
      })),
      itemCount: cart.itemCount,
      subtotal: formatMoney(cart.subtotalCents),
    },
    display: { kind: "cart", cart },
  };
}

export const getCartTool = defineTool({
  name: "get_cart",
  description: "What is in the shopper's cart: each line's item id, title, size, quantity and prices, and the subtotal.",
  label: "Looking in your cart",
  input: z.strictObject({}),
  run: async (ctx) => cartResult(await getCart(ctx.db, ctx.session.id)),
});

export const addToCartTool = defineTool({
  name: "add_to_cart",
  description: "Add a print to the shopper's cart by its variant id (from get_photo), or the photo book with product 'book'. Only when the shopper asked for it.",
  label: "Adding to your cart",
  input: z
    .strictObject({
      variantId: positiveId.optional().describe("a print variant's id from get_photo"),
      product: z.literal("book").optional().describe("'book' for the photo book"),
      quantity: chatQuantity.optional().describe("1 to 10 (default 1)"),
    })
    .refine((v) => (v.variantId === undefined) !== (v.product === undefined), "give either variantId or product"),
  async run(ctx, input) {
    const sessionId = ctx.session.ensureId();
    const quantity = input.quantity ?? 1;
    const item = input.variantId !== undefined ? { variantId: input.variantId } : { productId: (await getProductBySlug(ctx.db, PHOTO_BOOK_SLUG)).id };
    return cartResult(await addToCart(ctx.db, sessionId, { ...item, quantity }));
  },
});

export const updateCartItemTool = defineTool({
  name: "update_cart_item",
  description: "Change how many of one cart line the shopper wants, by the line's item id from get_cart.",
  label: "Changing your cart",
  input: z.strictObject({ itemId: positiveId, quantity: chatQuantity }),
  run: async (ctx, input) => cartResult(await setCartItemQuantity(ctx.db, ctx.session.id, input)),
});

export const removeFromCartTool = defineTool({
  name: "remove_from_cart",
  description: "Remove one line from the shopper's cart, by its item id from get_cart.",
  label: "Removing from your cart",
  input: z.strictObject({ itemId: positiveId }),
  run: async (ctx, input) => cartResult(await removeCartItem(ctx.db, ctx.session.id, input)),
});
