// The shipping address, asked for on our own checkout page only when a gift card pays the whole
// order (otherwise the payment page asks for it).
const field = "h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-stone-500 dark:bg-stone-950";

export type ShippingAddressValues = Partial<Record<"name" | "line1" | "line2" | "city" | "state" | "postalCode" | "country", string>>;

export function ShippingAddressFields({ countries, values = {} }: { countries: string[]; values?: ShippingAddressValues }) {
  return (
    <fieldset className="mt-4 grid gap-3">
      <legend className="font-medium">Shipping address</legend>
      <label className="grid gap-1">
        Full name
        <input name="name" required autoComplete="name" defaultValue={values.name} className={field} />
      </label>
      <label className="grid gap-1">
        Street address
        <input name="line1" required autoComplete="address-line1" defaultValue={values.line1} className={field} />
      </label>
      <label className="grid gap-1">
        Apartment, suite, etc. (optional)
        <input name="line2" autoComplete="address-line2" defaultValue={values.line2} className={field} />
      </label>
      <label className="grid gap-1">
        City
        <input name="city" required autoComplete="address-level2" defaultValue={values.city} className={field} />
      </label>
      <label className="grid gap-1">
        State or region (optional)
        <input name="state" autoComplete="address-level1" defaultValue={values.state} className={field} />
      </label>
      <label className="grid gap-1">
        Postal code
        <input name="postalCode" required autoComplete="postal-code" defaultValue={values.postalCode} className={field} />
      </label>
      <label className="grid gap-1">
        Country
        <select name="country" autoComplete="country" defaultValue={values.country ?? countries[0]} className={field}>
          {countries.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
