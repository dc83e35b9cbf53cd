// Order tracking for shoppers: the order number AND the e-mail it was placed with. A wrong pair and
// a missing order get the very same answer, so the form cannot be used to probe either.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { orders } from "../../db/schema/index";
import { badInput, notFound } from "../errors";
import type { RateLimits } from "../rate-limits/rate-limits";
import { emailField, requiredText } from "../forms/fields";
import { linkSignatureMatches, signLinkValue } from "../links/signed-link";
import { loadOrderView, type OrderView } from "./order-view";

export const trackOrderSchema = z.object({
  number: requiredText({ required: "Please enter your order number.", max: 40, tooLong: "That order number is too long." }).transform((v) => v.replaceAll(" ", "").toUpperCase()),
  email: emailField,
});
export type TrackOrderInput = z.input<typeof trackOrderSchema>;

export const ORDER_NOT_FOUND = "We could not find an order with that number and e-mail address. Please check both and try again.";

/** Enough for a shopper who mistypes a few times; far too few to guess order numbers. */
export const TRACK_ORDER_LIMIT = { keyPrefix: "track-order", points: 10, durationSeconds: 15 * 60 } as const;

export async function trackOrder(db: DbOrTx, input: TrackOrderInput): Promise<OrderView> {
  const parsed = trackOrderSchema.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  // One query for both conditions: the two kinds of miss cost the same time as well.
  const order = await loadOrderView(db, and(eq(orders.number, parsed.data.number), eq(sql`lower(${orders.email})`, parsed.data.email))!);
  if (!order) throw notFound(ORDER_NOT_FOUND);
  return order;
}

/** What the page and the tRPC procedure call: every attempt counts against the client's limit. */
export async function trackOrderForClient(
  deps: { db: DbOrTx; rateLimits: RateLimits; clientIp: string },
  input: TrackOrderInput,
): Promise<OrderView> {
  await deps.rateLimits
    .limiter({ ...TRACK_ORDER_LIMIT, message: "Too many lookups from your connection. Please wait a few minutes and try again." })
    .consume(deps.clientIp);
  return trackOrder(deps.db, input);
}

/**
 * The link the order's mails carry: it opens the order's view with no typing, because the order
 * number is signed with the app secret. It does not expire (decision 023): it shows no more than
 * the form does to whoever has the mail, and a shopper checks a delivery weeks later.
 */
export function orderTrackingUrl(publicUrl: string, secret: string, orderNumber: string): string {
  const params = new URLSearchParams({ order: orderNumber, sig: signLinkValue(secret, "track-order", orderNumber) });
  return `${publicUrl}/track-order?${params}`;
}

/**
 * The order a signed link names, or null for a link that is not one of ours (a tampered number or
 * signature, a missing part): the page then shows its form, as for a visitor who came without one.
 */
export async function trackOrderByLink(db: DbOrTx, secret: string, link: { order: unknown; sig: unknown }): Promise<OrderView | null> {
  if (typeof link.order !== "string" || link.order.length > 40) return null;
  if (!linkSignatureMatches(secret, "track-order", link.order, link.sig)) return null;
  return loadOrderView(db, eq(orders.number, link.order));
}
