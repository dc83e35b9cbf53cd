// The `cart` tRPC router: reads never create a session; every mutation answers with the new cart.
import { publicProcedure, router } from "../trpc/init";
import { addToCart, clearCart, getCart, removeCartItem, setCartItemQuantity } from "./cart";
import { addToCartSchema, removeItemSchema, setQuantitySchema } from "./inputs";

export const cartRouter = router({
  get: publicProcedure.query(({ ctx }) => getCart(ctx.db, ctx.session.id)),
  add: publicProcedure.input(addToCartSchema).mutation(({ ctx, input }) => addToCart(ctx.db, ctx.session.ensureId(), input)),
  setQuantity: publicProcedure.input(setQuantitySchema).mutation(({ ctx, input }) => setCartItemQuantity(ctx.db, ctx.session.id, input)),
  remove: publicProcedure.input(removeItemSchema).mutation(({ ctx, input }) => removeCartItem(ctx.db, ctx.session.id, input)),
  clear: publicProcedure.mutation(({ ctx }) => clearCart(ctx.db, ctx.session.id)),
});
