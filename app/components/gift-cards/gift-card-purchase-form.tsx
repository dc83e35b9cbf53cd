// The gift card purchase form: a plain POST form, refilled with what was typed after an error.
import { Form, useNavigation } from "@remix-run/react";
import type { PurchaseFormErrors, PurchaseFormValues } from "../../../server/giftcards/purchase-form";
import { AmountPicker } from "./amount-picker";
import { FormField, inputClass } from "./form-field";

type Limits = { presets: readonly number[]; minCents: number; maxCents: number; messageMax: number };
type Props = { limits: Limits; today: string; errors: PurchaseFormErrors; values?: PurchaseFormValues };

export function GiftCardPurchaseForm({ limits, today, errors, values }: Props) {
  const submitting = useNavigation().state === "submitting";
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Form method="post" noValidate className="mt-8 flex flex-col gap-6">
      {hasErrors ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          Please correct the fields marked below.
        </p>
      ) : null}
      <AmountPicker
        presets={limits.presets}
        minCents={limits.minCents}
        maxCents={limits.maxCents}
        selected={values?.amount ?? String(limits.presets[1] ?? limits.presets[0])}
        customAmount={values?.customAmount ?? ""}
        error={errors.amount}
        customError={errors.customAmount}
      />
      <FormField label="Recipient’s name" error={errors.recipientName}>
        {(p) => <input {...p} name="recipientName" autoComplete="off" maxLength={100} defaultValue={values?.recipientName} className={inputClass} />}
      </FormField>
      <FormField label="Recipient’s e-mail" hint="The gift card and its code are sent here." error={errors.recipientEmail}>
        {(p) => <input {...p} type="email" name="recipientEmail" autoComplete="off" maxLength={254} defaultValue={values?.recipientEmail} className={inputClass} />}
      </FormField>
      <FormField label="From" hint="Your name, as the recipient will see it." error={errors.senderName}>
        {(p) => <input {...p} name="senderName" autoComplete="name" maxLength={100} defaultValue={values?.senderName} className={inputClass} />}
      </FormField>
      <FormField label="Message (optional)" hint={`Up to ${limits.messageMax} characters.`} error={errors.message}>
        {(p) => <textarea {...p} name="message" rows={4} maxLength={limits.messageMax} defaultValue={values?.message} className={`${inputClass} h-auto py-2`} />}
      </FormField>
      <FormField label="Delivery date (optional)" hint="Leave empty to send it as soon as the payment has gone through." error={errors.deliverOn}>
        {(p) => <input {...p} type="date" name="deliverOn" min={today} defaultValue={values?.deliverOn} className={`${inputClass} w-48`} />}
      </FormField>
      <FormField label="Your e-mail" hint="For your receipt and confirmation." error={errors.buyerEmail}>
        {(p) => <input {...p} type="email" name="buyerEmail" autoComplete="email" maxLength={254} defaultValue={values?.buyerEmail} className={inputClass} />}
      </FormField>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="subscribe" defaultChecked={values?.subscribe ?? false} />
        Send me letters from the studio: new prints and their stories, a few times a year.
      </label>
      <button
        type="submit"
        disabled={submitting}
        className="h-11 self-start rounded-md bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
      >
        {submitting ? "Checking…" : "Continue to payment"}
      </button>
    </Form>
  );
}
