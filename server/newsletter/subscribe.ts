// Newsletter signups: one row per address (stored lower-cased), keeping the place it first came from.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { subscribers, subscriberSources } from "../../db/schema/index";
import { writeStatement } from "../../db/statement";
import { badInput } from "../errors";
import type { RateLimits } from "../rate-limits/rate-limits";
import { emailField } from "../forms/fields";

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

const insertSubscriber = writeStatement("insert_subscriber", (db) =>
  db
    .insert(subscribers)
    .values({ email: sql.placeholder("email"), source: sql.placeholder("source") })
    .onConflictDoNothing({ target: subscribers.email }),
);

/**
 * Subscribing twice is a success that changes nothing, and callers answer both cases alike,
 * so the form never tells a stranger whether an address is already on the list.
 */
export async function subscribe(db: DbOrTx, email: unknown, source: unknown): Promise<{ email: string; isNew: boolean }> {
  const parsed = subscribeSchema.safeParse({ email, source });
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const inserted = await insertSubscriber(db, parsed.data);
  return { email: parsed.data.email, isNew: inserted > 0 };
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
