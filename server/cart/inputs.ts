// Cart input schemas, shared by the tRPC router, the /cart form action and the service itself.
import { z } from "zod";
import { badInput } from "../errors";

export const MAX_QUANTITY = 99;

const quantityMessage = `Quantity must be a whole number from 1 to ${MAX_QUANTITY}.`;

export const quantitySchema = z
  .number({ error: quantityMessage })
  .int({ error: quantityMessage })
  .min(1, { error: quantityMessage })
  .max(MAX_QUANTITY, { error: quantityMessage });

const idSchema = (what: string) =>
  z
    .number({ error: `${what} must be a positive whole number.` })
    .int({ error: `${what} must be a positive whole number.` })
    .positive({ error: `${what} must be a positive whole number.` })
    .max(2_147_483_647, { error: `${what} is out of range.` });

export const addToCartSchema = z
  .object({
    variantId: idSchema("variantId").optional(),
    productId: idSchema("productId").optional(),
    quantity: quantitySchema.default(1),
  })
  .refine((v) => (v.variantId === undefined) !== (v.productId === undefined), {
    error: "Choose either a print (variantId) or a product (productId) to add.",
  });

export const setQuantitySchema = z.object({ itemId: idSchema("itemId"), quantity: quantitySchema });
export const removeItemSchema = z.object({ itemId: idSchema("itemId") });

export type AddToCartInput = z.input<typeof addToCartSchema>;
export type SetQuantityInput = z.input<typeof setQuantitySchema>;
export type RemoveItemInput = z.input<typeof removeItemSchema>;

/** Parses at the service boundary too, so every caller (tRPC, the cart form) gets the same 400. */
export function parseCartInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw badInput([...new Set(parsed.error.issues.map((issue) => issue.message))].join(" "));
}
