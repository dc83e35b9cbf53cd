// The /newsletter form action's work; routes reach it through app/lib/newsletter.server.ts.
import type { AppLoadContext } from "@remix-run/node";
import { safeRedirectPath } from "../../app/shared/safe-redirect";
import { DomainError, httpStatusOf } from "../errors";
import { signupSources, signUp, type SignupSource } from "./subscribe";

const asSignupSource = (value: unknown): SignupSource => ((signupSources as readonly unknown[]).includes(value) ? (value as SignupSource) : "footer");

export type SignupFormResult = { subscribed: true; backTo: string } | { error: string; status: number; source: SignupSource; backTo: string };

export async function submitSignupForm(form: FormData, context: Pick<AppLoadContext, "db" | "clientIp" | "rateLimits">): Promise<SignupFormResult> {
  const backTo = safeRedirectPath(form.get("redirectTo"), "/");
  try {
    await signUp(context.db, { email: form.get("email"), source: form.get("source") }, context);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error: error.message, status: httpStatusOf(error), source: asSignupSource(form.get("source")), backTo };
  }
  return { subscribed: true, backTo };
}
