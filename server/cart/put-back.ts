// "Put it back" after Remove or Empty the cart, for shoppers without JavaScript (with it, the
// cart's own add does the same): re-adds the lines the page link named, each as an add-to-cart.
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { parsePutBack } from "../../app/shared/cart-put-back";
import { badInput } from "../errors";
import { addToCart } from "./cart";
import type { CartSession } from "./cart-form";

export const putBackFormSchema = z.object({
  lines: z.string().max(1000).transform((text, ctx) => {
    const lines = parsePutBack(text);
    if (!lines) ctx.addIssue({ code: "custom", message: "That is not a list of cart lines we wrote; add the prints again from their pages." });
    return lines ?? [];
  }),
});

/**
 * All or nothing, so trying again after a refusal (a print sold out or withdrawn since) cannot add
 * the lines that did go back twice.
 */
export async function putBackLines(db: DbOrTx, session: CartSession, input: z.output<typeof putBackFormSchema>): Promise<void> {
  if (input.lines.length === 0) throw badInput("There is nothing to put back.");
  const sessionId = session.ensureId();
  await db.transaction(async (tx) => {
    for (const line of input.lines) await addToCart(tx, sessionId, line);
  });
}
