// The /cart form action's work, for shoppers without JavaScript: one intent switch over the cart
// service. Routes reach it through app/lib/cart.server.ts, which keeps it out of the browser bundle.
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { safeRedirectPath } from "../../app/shared/safe-redirect";
import { DomainError, httpStatusOf } from "../errors";
import { applyGiftCardToCart, removeGiftCardFromCart } from "../giftcards/applied-card";
import { addToCart, clearCart, removeCartItem, setCartItemQuantity } from "./cart";

// Numbers arrive as text; "abc" and "" become NaN so the cart's own schema rejects them with its message.
const formNumber = z.string().transform((s) => (s.trim() === "" ? Number.NaN : Number(s)));

export const cartFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("add"), variantId: formNumber.optional(), productId: formNumber.optional(), quantity: formNumber.optional() }),
    z.object({ intent: z.literal("setQuantity"), itemId: formNumber, quantity: formNumber }),
    z.object({ intent: z.literal("remove"), itemId: formNumber }),
    z.object({ intent: z.literal("clear") }),
    // The code itself is checked (and rate-limited) by the gift card service, with its own messages.
    z.object({ intent: z.literal("applyGiftCard"), code: z.string().optional() }),
    z.object({ intent: z.literal("removeGiftCard") }),
  ],
  { error: "That cart action is not one we know. Please try again from the cart page." },
);

export type CartFormResult = { redirectTo: string } | { error: string; status: number };

export async function submitCartForm(formData: FormData, context: Pick<AppLoadContext, "db" | "session" | "env" | "rateLimits" | "clientIp">): Promise<CartFormResult> {
  const form = Object.fromEntries(formData);
  const parsed = cartFormSchema.safeParse(form);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "That request was not valid.", status: 400 };
  const input = parsed.data;
  try {
    if (input.intent === "add") await addToCart(context.db, context.session.ensureId(), input);
    if (input.intent === "setQuantity") await setCartItemQuantity(context.db, context.session.id, input);
    if (input.intent === "remove") await removeCartItem(context.db, context.session.id, input);
    if (input.intent === "clear") await clearCart(context.db, context.session.id);
    if (input.intent === "applyGiftCard") await applyGiftCardToCart(context, context.session.ensureId(), { code: input.code ?? "" });
    if (input.intent === "removeGiftCard") await removeGiftCardFromCart(context.db, context.session.id);
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, status: httpStatusOf(error) };
    throw error;
  }
  return { redirectTo: safeRedirectPath(form.redirectTo, "/cart") };
}
