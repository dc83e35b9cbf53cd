// The gift card purchase form: a plain POST form, refilled with what was typed after an error.
import { Form, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { TextField } from "~/components/ui/text-field";
import type { FormFailure } from "~/shared/form-result";
import { AmountPicker } from "./amount-picker";

type Limits = { presets: readonly number[]; minCents: number; maxCents: number; messageMax: number };
type Props = { limits: Limits; today: string; failure?: FormFailure };

export function GiftCardPurchaseForm({ limits, today, failure }: Props) {
  const submitting = useNavigation().state === "submitting";
  const errors = failure?.fieldErrors ?? {};
  const values = failure?.values;
  return (
    <Form method="post" noValidate className="mt-8 flex flex-col gap-6">
      <FormErrors failure={failure} />
      <AmountPicker
        presets={limits.presets}
        minCents={limits.minCents}
        maxCents={limits.maxCents}
        selected={values?.amount ?? String(limits.presets[1] ?? limits.presets[0])}
        customAmount={values?.customAmount ?? ""}
        error={errors.amount}
        customError={errors.customAmount}
      />
      <TextField label="Recipient’s name" name="recipientName" autoComplete="off" maxLength={100} defaultValue={values?.recipientName} error={errors.recipientName} />
      <TextField
        label="Recipient’s e-mail"
        hint="The gift card and its code are sent here."
        type="email"
        name="recipientEmail"
        autoComplete="off"
        maxLength={254}
        defaultValue={values?.recipientEmail}
        error={errors.recipientEmail}
      />
      <TextField label="From" hint="Your name, as the recipient will see it." name="senderName" autoComplete="name" maxLength={100} defaultValue={values?.senderName} error={errors.senderName} />
      <TextField
        label="Message (optional)"
        hint={`Up to ${limits.messageMax} characters.`}
        name="message"
        multiline
        rows={4}
        maxLength={limits.messageMax}
        defaultValue={values?.message}
        error={errors.message}
      />
      <TextField
        label="Delivery date (optional)"
        hint="Leave empty to send it as soon as the payment has gone through."
        type="date"
        name="deliverOn"
        min={today}
        defaultValue={values?.deliverOn}
        error={errors.deliverOn}
        className="max-w-48"
      />
      <TextField label="Your e-mail" hint="For your receipt and confirmation." type="email" name="buyerEmail" autoComplete="email" maxLength={254} defaultValue={values?.buyerEmail} error={errors.buyerEmail} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="subscribe" defaultChecked={values?.subscribe === "on"} className="h-5 w-5" />
        Send me letters from the studio: new prints and their stories, a few times a year.
      </label>
      <Button busy={submitting} busyLabel="Checking…" className="self-start">
        Continue to payment
      </Button>
    </Form>
  );
}
