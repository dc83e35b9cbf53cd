// A shipping zone's fields, shared by the new-zone and edit pages: its name, countries, free-shipping
// threshold and one rate pair a shipping class, all in dollars; the server stores cents.
import { TextField } from "~/components/ui/text-field";
import type { FormFailure } from "~/shared/form-result";
import { centsToDecimalString } from "~/shared/money";
import { shippingClasses, type ShippingClass } from "~/shared/shipping-price";

export const shippingClassLabels: Record<ShippingClass, string> = {
  small_paper: "Small paper print",
  large_paper: "Large paper print",
  small_rigid: "Small canvas or metal",
  large_rigid: "Large canvas or metal",
  book: "Photo book",
};

export type ZoneDefaults = { name: string; countries: string[]; freeShippingOverCents: number | null; rates: Partial<Record<ShippingClass, { firstItemCents: number; additionalItemCents: number }>> };

export function ZoneFields({ zone, failure }: { zone: ZoneDefaults | null; failure: FormFailure | undefined }) {
  const typed = (field: string, fallback: string) => failure?.values[field] ?? fallback;
  const money = (cents: number | null | undefined) => (cents === null || cents === undefined ? "" : centsToDecimalString(cents));
  return (
    <>
      <TextField label="Name" name="name" required maxLength={80} hint="Shown to shoppers beside the shipping price." defaultValue={typed("name", zone?.name ?? "")} error={failure?.fieldErrors.name} />
      <TextField
        label="Countries"
        name="countries"
        multiline
        rows={3}
        required
        hint="Two-letter ISO codes separated by commas or spaces, such as US, CA. A country ships from one zone only."
        defaultValue={typed("countries", zone?.countries.join(", ") ?? "")}
        error={failure?.fieldErrors.countries}
      />
      <TextField label="Free shipping from, in dollars" name="freeOver" inputMode="decimal" hint="The items total from which shipping is free; leave empty if it never is." defaultValue={typed("freeOver", money(zone?.freeShippingOverCents))} error={failure?.fieldErrors.freeOver} />
      <fieldset className="grid gap-4">
        <legend className="font-medium">Rates in dollars</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">The dearest item in a parcel pays its first-item rate, every other item its class's rate for each further item.</p>
        {shippingClasses.map((c) => (
          <fieldset key={c} className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2 dark:border-stone-800">
            <legend className="px-1 text-sm font-medium">{shippingClassLabels[c]}</legend>
            <TextField label="First item" name={`first_${c}`} inputMode="decimal" required defaultValue={typed(`first_${c}`, money(zone?.rates[c]?.firstItemCents))} error={failure?.fieldErrors[`first_${c}`]} />
            <TextField label="Each further item" name={`additional_${c}`} inputMode="decimal" required defaultValue={typed(`additional_${c}`, money(zone?.rates[c]?.additionalItemCents))} error={failure?.fieldErrors[`additional_${c}`]} />
          </fieldset>
        ))}
      </fieldset>
    </>
  );
}
