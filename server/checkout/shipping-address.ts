// The shipping address the shop asks for itself, when a gift card pays the whole order and no
// payment page (which would ask for it) is shown.
import { z } from "zod";

const text = (what: string, max = 100) =>
  z.string({ error: `Please enter the ${what}.` }).trim().min(1, { error: `Please enter the ${what}.` }).max(max, { error: `The ${what} is too long.` });
const optionalText = (what: string) =>
  z
    .string()
    .trim()
    .max(100, { error: `The ${what} is too long.` })
    .nullish()
    .transform((v) => (v ? v : null));

export const shippingAddressSchema = z.object({
  name: text("name"),
  line1: text("street address"),
  line2: optionalText("second address line"),
  city: text("city"),
  state: optionalText("state or region"),
  postalCode: text("postal code", 20),
  country: z
    .string({ error: "Please choose the country." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "Please choose the country." }),
});
export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;
