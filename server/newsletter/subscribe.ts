// Newsletter signups: one row per address (stored lower-cased), keeping the place it first came from.
// Double opt-in (decision 023): a signup stores the address unconfirmed and queues the confirmation
// mail; only the signed link in that mail confirms it, and only confirmed addresses get letters.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { subscribers, subscriberSources } from "../../db/schema/index";
import { badInput } from "../errors";
import type { JobName } from "../jobs/registry";
import type { RateLimits } from "../rate-limits/rate-limits";
import { emailField } from "../forms/fields";

/** Named here as a typed value: the statement below queues it in SQL, past enqueueJob's types. */
const CONFIRMATION_JOB: JobName = "send_newsletter_confirmation";

export type SubscriberSource = (typeof subscriberSources)[number];

export const subscribeSchema = z.object({
  email: emailField,
  source: z.enum(subscriberSources, { error: `Source must be one of: ${subscriberSources.join(", ")}.` }),
});

export type SubscribeInput = z.input<typeof subscribeSchema>;

/** Where a shopper can sign up themselves; "purchase" and the like are recorded by the server only. */
export const signupSources = ["footer", "homepage", "popup", "checkout"] as const satisfies readonly SubscriberSource[];
export type SignupSource = (typeof signupSources)[number];

export const signupSchema = z.object({
  email: emailField,
  source: z.enum(signupSources, { error: `Source must be one of: ${signupSources.join(", ")}.` }),
});

/**
 * Subscribing twice is a success that changes nothing, and callers answer both cases alike,
 * so the form never tells a stranger whether an address is already on the list. An address not yet
 * confirmed gets the confirmation mail again (its job key keeps one queued at a time).
 *
 * One statement, the row and the job together: checkout issues it alongside the order's insert,
 * where each write must be a single statement sent at once (decision 013).
 */
export async function subscribe(db: DbOrTx, email: unknown, source: unknown): Promise<{ email: string; isNew: boolean }> {
  const parsed = subscribeSchema.safeParse({ email, source });
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const rows = await db.execute<{ inserted: boolean }>(sql`
    with subscriber as (
      insert into ${subscribers} (email, source) values (${parsed.data.email}, ${parsed.data.source})
      on conflict (email) do update set email = excluded.email
      returning id, confirmed_at, (xmax = 0) as inserted
    ), confirmation as (
      select graphile_worker.add_job(
        ${CONFIRMATION_JOB},
        json_build_object('subscriberId', subscriber.id),
        job_key => 'newsletter-confirmation:' || subscriber.id
      ) from subscriber where subscriber.confirmed_at is null
    )
    select subscriber.inserted, (select count(*) from confirmation) as queued from subscriber`);
  return { email: parsed.data.email, isNew: rows[0]!.inserted };
}

/** Generous for a household behind one address, useless for a script filling the list with strangers. */
export const signupRateLimit = {
  keyPrefix: "newsletter",
  points: 10,
  durationSeconds: 60 * 60,
  message: "Too many sign-ups from your connection; please try again in an hour.",
};

/** A shopper signing up from a form: only the public sources, counted per client address. */
export async function signUp(db: DbOrTx, input: unknown, deps: { clientIp: string; rateLimits: RateLimits }): Promise<{ email: string }> {
  const parsed = signupSchema.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  await deps.rateLimits.limiter(signupRateLimit).consume(deps.clientIp);
  const { email } = await subscribe(db, parsed.data.email, parsed.data.source);
  return { email };
}
