// The shipping address fields, each with its own error: on our checkout page when a gift card pays
// the whole order, and on local test mode's payment page.
import { Field, inputClass } from "~/components/ui/field";
import { TextField } from "~/components/ui/text-field";

/** By field name; other fields of the same form may be in it too. */
type Texts = Partial<Record<string, string>>;

export function ShippingAddressFields({ countries, values = {}, errors = {} }: { countries: string[]; values?: Texts; errors?: Texts }) {
  return (
    <fieldset className="mt-4 grid gap-4">
      <legend className="mb-1 font-medium">Shipping address</legend>
      <TextField label="Full name" name="name" required autoComplete="name" defaultValue={values.name} error={errors.name} />
      <TextField label="Street address" name="line1" required autoComplete="address-line1" defaultValue={values.line1} error={errors.line1} />
      <TextField label="Apartment, suite, etc. (optional)" name="line2" autoComplete="address-line2" defaultValue={values.line2} error={errors.line2} />
      <TextField label="City" name="city" required autoComplete="address-level2" defaultValue={values.city} error={errors.city} />
      <TextField label="State or region (optional)" name="state" autoComplete="address-level1" defaultValue={values.state} error={errors.state} />
      <TextField label="Postal code" name="postalCode" required autoComplete="postal-code" defaultValue={values.postalCode} error={errors.postalCode} />
      <Field label="Country" error={errors.country}>
        {(aria) => (
          <select {...aria} name="country" autoComplete="country" defaultValue={values.country ?? countries[0]} className={inputClass}>
            {countries.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
