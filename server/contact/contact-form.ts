// The /contact form action's work; routes reach it through app/lib/contact.server.ts.
import type { AppLoadContext } from "@remix-run/node";
import { DomainError, httpStatusOf } from "../errors";
import { submitContactMessage } from "./contact-message";
import { HONEYPOT_FIELD } from "./honeypot";

export type ContactFormResult = { sent: true } | { error: string; status: number; values: Record<string, string> };

export async function submitContactForm(formData: FormData, context: Pick<AppLoadContext, "db" | "env" | "clientIp" | "rateLimits">): Promise<ContactFormResult> {
  const form = Object.fromEntries(formData);
  try {
    return await submitContactMessage(context.db, form, { clientIp: context.clientIp, rateLimits: context.rateLimits, shopEmail: context.env.SHOP_EMAIL });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The shopper's words go back into the form; the honeypot's never do.
    const values = Object.fromEntries(Object.entries(form).filter(([key, value]) => key !== HONEYPOT_FIELD && typeof value === "string")) as Record<string, string>;
    return { error: error.message, status: httpStatusOf(error), values };
  }
}
