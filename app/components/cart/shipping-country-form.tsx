// "Ship to": the destination the shipping estimate is for. A plain form posting to /cart (kept on
// the cart), so it works without JavaScript; with it, choosing a country submits at once.
import { Form, useLocation, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { Button } from "~/components/ui/button";
import { countryName } from "~/shared/country-name";

export function ShippingCountryForm({ country, countries }: { country: string; countries: string[] }) {
  const location = useLocation();
  const navigation = useNavigation();
  const id = useId();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "setShippingCountry";
  return (
    <Form method="post" action="/cart" preventScrollReset className="flex flex-wrap items-center justify-end gap-2 text-sm">
      <input type="hidden" name="intent" value="setShippingCountry" />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <label htmlFor={id}>Ship to</label>
      <select
        id={id}
        name="country"
        autoComplete="country"
        defaultValue={country}
        key={country}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="text-input w-auto min-h-11 py-1"
      >
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </select>
      <Button variant="secondary" busy={busy} busyLabel="Updating…" className="min-h-11 text-sm">
        Update
      </Button>
    </Form>
  );
}
