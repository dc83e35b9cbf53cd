// What a shipping zone is made of when the owner saves one, for the router (cents) and the form
// (dollars, countries typed as "US, CA"): every message says what to type instead.
import { z } from "zod";
import { shippingClasses, type ShippingClass } from "../../../app/shared/shipping-price";
import { dollarsToCents } from "../../giftcards/purchase-input";
import { isCountryCode } from "./countries";

const codeMessage = "A code of lower-case letters, digits and dashes, such as “south-america”.";
const nameMessage = "Name the zone in up to 80 characters.";
const countriesMessage = "List the zone's countries as two-letter codes, such as US, CA.";
const freeOverMessage = "Enter the items total for free shipping in dollars, such as 300, or leave it empty.";
const rateMessage = "Enter a rate in dollars, such as 9 or 9.50; 0 ships free.";
const MAX_CENTS = 10_000_000;

export const zoneCodeSchema = z
  .string({ error: codeMessage })
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, codeMessage)
  .max(40, codeMessage)
  // /admin/shipping/new is the page that creates a zone.
  .refine((code) => code !== "new", "“new” is taken by the page that creates a zone; choose another code.");

const nameSchema = z.string({ error: nameMessage }).transform((v) => v.trim().replace(/\s+/g, " ")).pipe(z.string().min(1, nameMessage).max(80, nameMessage));

const countriesSchema = z
  .array(z.string({ error: countriesMessage }).transform((c) => c.trim().toUpperCase()), { error: countriesMessage })
  .transform((codes, ctx) => {
    const unknown = codes.filter((c) => !isCountryCode(c));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", message: `${unknown.join(", ")} ${unknown.length === 1 ? "is not a country code" : "are not country codes"}; use ISO two-letter codes such as US, GB, DE.` });
      return z.NEVER;
    }
    return [...new Set(codes)];
  })
  .pipe(z.array(z.string()).min(1, "A zone needs at least one country.").max(249, countriesMessage));

const cents = (message: string) => z.number({ error: message }).int({ error: message }).max(MAX_CENTS, message);
const rateSchema = z.object({ firstItemCents: cents(rateMessage).min(0, rateMessage), additionalItemCents: cents(rateMessage).min(0, rateMessage) });

/** A zone as the router takes it: a rate for every shipping class (the price rule needs each one). */
export const zoneInput = z.object({
  code: zoneCodeSchema,
  name: nameSchema,
  countries: countriesSchema,
  /** null: the zone never ships free */
  freeShippingOverCents: cents(freeOverMessage).positive(freeOverMessage).nullable(),
  rates: z.record(z.enum(shippingClasses), rateSchema),
});
export type ZoneInput = z.output<typeof zoneInput>;
export type ZoneRates = ZoneInput["rates"];

export const zoneCodeInput = z.object({ code: z.string().min(1).max(40) });

// The form: one field a number, named so a refusal lands beside the field that caused it.
type RateField = `${"first" | "additional"}_${ShippingClass}`;
export const rateFieldName = (kind: "first" | "additional", shippingClass: ShippingClass): RateField => `${kind}_${shippingClass}`;

const dollars = (message: string) => z.string({ error: message }).transform(dollarsToCents);
const rateField = dollars(rateMessage).pipe(rateSchema.shape.firstItemCents);
const rateFields = Object.fromEntries(shippingClasses.flatMap((c) => [rateFieldName("first", c), rateFieldName("additional", c)]).map((name) => [name, rateField])) as Record<RateField, typeof rateField>;

const zoneFields = z.object({
  name: nameSchema,
  countries: z
    .string({ error: countriesMessage })
    .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
    .pipe(countriesSchema),
  freeOver: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? null : dollarsToCents(v)))
    .pipe(zoneInput.shape.freeShippingOverCents),
  ...rateFields,
});

function fromFields(fields: z.output<typeof zoneFields>): Omit<ZoneInput, "code"> {
  const rates = Object.fromEntries(shippingClasses.map((c) => [c, { firstItemCents: fields[rateFieldName("first", c)], additionalItemCents: fields[rateFieldName("additional", c)] }])) as ZoneRates;
  return { name: fields.name, countries: fields.countries, freeShippingOverCents: fields.freeOver, rates };
}

/** The edit page's form; the code is the page's. */
export const zoneEditForm = zoneFields.transform(fromFields);
/** The new zone's form: its code as well. */
export const zoneCreateForm = zoneFields.extend({ code: zoneCodeSchema }).transform((fields) => ({ ...fromFields(fields), code: fields.code }));
/** The delete button's form: the box must be ticked. */
export const zoneDeleteForm = z.object({ intent: z.literal("delete"), confirm: z.literal("yes", { error: "Tick the box to confirm the zone should go." }) });
