// The /cart form's fields and the change each intent makes, for shoppers without JavaScript (the
// gift card form posts here with it too). The route decides where to go next.
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import type { GiftCardSecretEnv } from "../giftcards/codes";
import { applyGiftCardToCart, removeGiftCardFromCart } from "../giftcards/applied-card";
import { formNumber, optionalText } from "../forms/fields";
import { besideField } from "../forms/parse-form";
import type { RateLimits } from "../rate-limits/rate-limits";
import { addToCart, clearCart, removeCartItem, setCartItemQuantity } from "./cart";
import { setShippingCountry, type CartMoneyEnv } from "./totals";

const redirectTo = z.unknown().optional();

export const cartFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("add"), variantId: formNumber.optional(), productId: formNumber.optional(), quantity: formNumber.optional(), redirectTo }),
    z.object({ intent: z.literal("setQuantity"), itemId: formNumber, quantity: formNumber, redirectTo }),
    z.object({ intent: z.literal("remove"), itemId: formNumber, redirectTo }),
    z.object({ intent: z.literal("clear"), redirectTo }),
    // The code itself is checked (and rate-limited) by the gift card service, with its own messages.
    z.object({ intent: z.literal("applyGiftCard"), code: optionalText({ max: 100, tooLong: "That is too long to be a gift card code." }), redirectTo }),
    z.object({ intent: z.literal("removeGiftCard"), redirectTo }),
    z.object({ intent: z.literal("setShippingCountry"), country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a country from the list."), redirectTo }),
  ],
  { error: "That cart action is not one we know. Please try again from the cart page." },
);
export type CartFormInput = z.output<typeof cartFormSchema>;

export type CartFormDeps = { db: DbOrTx; env: GiftCardSecretEnv & CartMoneyEnv; rateLimits: RateLimits; clientIp: string };
/** The shopper's session: adding something is what gives a new shopper one. */
export type CartSession = { readonly id: string | undefined; ensureId(): string };

export async function applyCartFormChange(deps: CartFormDeps, session: CartSession, input: CartFormInput): Promise<void> {
  if (input.intent === "add") await addToCart(deps.db, session.ensureId(), input);
  if (input.intent === "setQuantity") await setCartItemQuantity(deps.db, session.id, input);
  if (input.intent === "remove") await removeCartItem(deps.db, session.id, input);
  if (input.intent === "clear") await clearCart(deps.db, session.id);
  // Everything the card service says (the code's state, the shared check limit) belongs beside the code.
  if (input.intent === "applyGiftCard") await applyGiftCardToCart(deps, session.ensureId(), { code: input.code }).catch(besideField("code"));
  if (input.intent === "removeGiftCard") await removeGiftCardFromCart(deps.db, session.id);
  if (input.intent === "setShippingCountry") await setShippingCountry(deps.db, session.ensureId(), deps.env, input.country);
}
