// The shipping address the shop asks for itself, when a gift card pays the whole order and no
// payment page (which would ask for it) is shown.
import { z } from "zod";
import { optionalText, requiredText } from "../forms/fields";

const required = (what: string, max = 100) => requiredText({ required: `Please enter the ${what}.`, max, tooLong: `The ${what} is too long.` });
const optional = (what: string) =>
  optionalText({ max: 100, tooLong: `The ${what} is too long.` })
    .nullable()
    .transform((v) => (v ? v : null));

export const shippingAddressFields = {
  name: required("name"),
  line1: required("street address"),
  line2: optional("second address line"),
  city: required("city"),
  state: optional("state or region"),
  postalCode: required("postal code", 20),
  country: requiredText({ required: "Please choose the country.", max: 2 })
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, { error: "Please choose the country." })),
};

export const shippingAddressSchema = z.object(shippingAddressFields);
export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;
