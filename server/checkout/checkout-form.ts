// The /checkout form's fields → createCheckout's input. The address fields are on the page only
// when the applied gift card pays for everything (otherwise the payment page asks for them).
import { z } from "zod";
import { checkboxField, emailField } from "../forms/fields";
import { shippingAddressFields } from "./shipping-address";

const receipt = { email: emailField, newsletter: checkboxField };
/** the country the page priced the shipping for; checkout prices it again, from the database */
const shippingCountry = z.string().max(2).optional();

const checkoutFormSchema = z
  .object({ ...receipt, shippingCountry })
  .transform(({ email, newsletter, shippingCountry }) => ({ email, newsletterOptIn: newsletter, shippingAddress: undefined, shippingCountry }));

const checkoutWithAddressFormSchema = z
  .object({ ...receipt, ...shippingAddressFields })
  .transform(({ email, newsletter, ...shippingAddress }) => ({ email, newsletterOptIn: newsletter, shippingAddress }));

/** Which of the two the posted form is: the page sends the address fields only when it shows them. */
export const checkoutFormSchemaFor = (form: FormData) => (form.has("line1") ? checkoutWithAddressFormSchema : checkoutFormSchema);
