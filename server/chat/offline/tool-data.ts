// The shapes of the tools' data as the offline assistant reads them (server/chat/tools/). A result
// that does not match is treated as nothing found, never trusted field by field.
import { z } from "zod";
import type { ToolStep } from "./conversation";

export const photoListData = z.object({
  photos: z.array(z.object({ slug: z.string(), title: z.string(), location: z.string(), orientation: z.string(), fromPrice: z.string().nullable(), fromPriceCents: z.number().nullable() })),
});

export const variantData = z.object({
  id: z.number(),
  label: z.string(),
  material: z.enum(["paper", "canvas", "metal"]),
  widthIn: z.number(),
  heightIn: z.number(),
  priceCents: z.number(),
  price: z.string(),
});
export type VariantData = z.infer<typeof variantData>;

export const photoData = z.object({ slug: z.string(), title: z.string(), location: z.string(), story: z.string().optional(), variants: z.array(variantData) });
export type PhotoData = z.infer<typeof photoData>;

export const cartData = z.object({
  lines: z.array(z.object({ itemId: z.number(), title: z.string(), variantLabel: z.string(), quantity: z.number(), unitPrice: z.string(), lineTotal: z.string() })),
  itemCount: z.number(),
  subtotal: z.string(),
});
export type CartData = z.infer<typeof cartData>;

export const orderData = z.object({ number: z.string(), status: z.string(), placedAt: z.string(), trackingUrl: z.string().nullable() });

export const giftCardData = z.union([
  z.object({ valid: z.literal(true), last4: z.string(), balance: z.string(), available: z.string(), expiresAt: z.string().nullable() }),
  z.object({ valid: z.literal(false), message: z.string() }),
]);

export const shopInfoData = z.object({ topic: z.string(), text: z.string() });
export const wallData = z.object({ href: z.string(), roomAttached: z.boolean().optional() });
export const collectionsData = z.object({ collections: z.array(z.object({ slug: z.string(), title: z.string(), photoCount: z.number() })) });

/** The step's data in the given shape, or undefined when the call failed or the data is not that shape. */
export function dataOf<T>(step: ToolStep | undefined, schema: z.ZodType<T>): T | undefined {
  if (!step?.ok) return undefined;
  const parsed = schema.safeParse(step.data);
  return parsed.success ? parsed.data : undefined;
}

/** The newest step of that tool among the given ones. */
export function latestStep(steps: readonly ToolStep[], name: string): ToolStep | undefined {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.name === name) return steps[i];
  return undefined;
}
