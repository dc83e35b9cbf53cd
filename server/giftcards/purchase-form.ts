// The /gift-cards form's fields → the purchase schema, with one message per field for the page.
import type { z } from "zod";
import { dollarsToCents, giftCardPurchaseSchema, type GiftCardPurchase } from "./purchase-input";

export type PurchaseFormField = "amount" | "customAmount" | "recipientName" | "recipientEmail" | "senderName" | "message" | "deliverOn" | "buyerEmail";
export type PurchaseFormErrors = Partial<Record<PurchaseFormField, string>>;
/** What was typed, to fill the form again after an error (a page without JavaScript reloads). */
export type PurchaseFormValues = Record<PurchaseFormField, string> & { subscribe: boolean };
export type PurchaseFormResult = { ok: true; purchase: GiftCardPurchase } | { ok: false; errors: PurchaseFormErrors; values: PurchaseFormValues };

const text = (form: FormData, field: string) => {
  const value = form.get(field);
  return typeof value === "string" ? value : "";
};

const fields: PurchaseFormField[] = ["amount", "customAmount", "recipientName", "recipientEmail", "senderName", "message", "deliverOn", "buyerEmail"];

/** Preset choices send cents; "custom" (or no choice beside a typed amount) takes the dollars typed. */
export function parsePurchaseForm(form: FormData): PurchaseFormResult {
  const values = { ...(Object.fromEntries(fields.map((f) => [f, text(form, f)])) as Record<PurchaseFormField, string>), subscribe: form.get("subscribe") === "on" };
  const custom = values.amount === "custom" || (values.amount === "" && values.customAmount.trim() !== "");
  const deliverOn = values.deliverOn.trim();
  const parsed = giftCardPurchaseSchema.safeParse({
    amountCents: custom ? dollarsToCents(values.customAmount) : /^\d+$/.test(values.amount) ? Number(values.amount) : Number.NaN,
    recipientName: values.recipientName,
    recipientEmail: values.recipientEmail,
    senderName: values.senderName,
    message: values.message,
    deliverOn: deliverOn === "" ? undefined : deliverOn,
    buyerEmail: values.buyerEmail,
    subscribe: values.subscribe,
  });
  if (parsed.success) return { ok: true, purchase: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error, custom), values };
}

function fieldErrors(error: z.ZodError, custom: boolean): PurchaseFormErrors {
  const errors: PurchaseFormErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0]);
    const field = (key === "amountCents" ? (custom ? "customAmount" : "amount") : key) as PurchaseFormField;
    errors[field] ??= issue.message;
  }
  return errors;
}
