// The /gift-cards form's fields → the purchase schema. A preset choice sends cents; "custom" (or no
// choice beside a typed amount) takes the dollars typed. A refused amount is shown beside whichever
// of the two the buyer used.
import { z } from "zod";
import { checkboxField, optionalText } from "../forms/fields";
import { dollarsToCents, giftCardPurchaseSchema } from "./purchase-input";

// Only clean text here; each field's own limits and messages are the purchase schema's.
const raw = () => optionalText({ max: 5000, oneLine: false });

export const giftCardPurchaseFormSchema = z
  .object({
    amount: raw(),
    customAmount: raw(),
    recipientName: raw(),
    recipientEmail: raw(),
    senderName: raw(),
    message: raw(),
    deliverOn: raw(),
    buyerEmail: raw(),
    subscribe: checkboxField,
  })
  .transform((form, ctx) => {
    const custom = form.amount === "custom" || (form.amount === "" && form.customAmount !== "");
    const parsed = giftCardPurchaseSchema.safeParse({
      ...form,
      amountCents: custom ? dollarsToCents(form.customAmount) : /^\d+$/.test(form.amount) ? Number(form.amount) : Number.NaN,
      deliverOn: form.deliverOn === "" ? undefined : form.deliverOn,
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      ctx.addIssue({ code: "custom", message: issue.message, path: [key === "amountCents" ? (custom ? "customAmount" : "amount") : key] });
    }
    return z.NEVER;
  });
