// Recording that an order has shipped: carrier, tracking number and the carrier's tracking page
// (finding 49), which the track-order page and API then show.
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { orders } from "../../db/schema/index";
import { badInput, conflict, notFound } from "../errors";

const trackingPages: Record<string, (trackingNumber: string) => string> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
};

export const shipmentSchema = z.object({
  number: z.string().trim().toUpperCase().min(1),
  carrier: z.string().trim().min(1).max(60),
  trackingNumber: z.string().trim().regex(/^[A-Za-z0-9-]{4,40}$/, "A tracking number is 4 to 40 letters, digits or dashes."),
  trackingUrl: z.url({ protocol: /^https$/ }).optional(),
});

/** The carrier's own tracking page, when the studio did not give one and the carrier is known. */
export function trackingUrlFor(carrier: string, trackingNumber: string): string | null {
  return trackingPages[carrier.toLowerCase()]?.(encodeURIComponent(trackingNumber)) ?? null;
}

/** Called today only by its tests; the back office (issue 15: "transitions … shipped") is its caller. */
export async function recordShipment(db: DbOrTx, input: z.input<typeof shipmentSchema>) {
  const parsed = shipmentSchema.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { number, carrier, trackingNumber } = parsed.data;
  const trackingUrl = parsed.data.trackingUrl ?? trackingUrlFor(carrier, trackingNumber);
  const [updated] = await db
    .update(orders)
    .set({ status: "shipped", carrier, trackingNumber, trackingUrl, updatedAt: sql`now()` })
    .where(and(eq(orders.number, number), inArray(orders.status, ["paid", "in_production", "shipped"])))
    .returning({ number: orders.number, trackingUrl: orders.trackingUrl });
  if (updated) return updated;
  const [existing] = await db.select({ status: orders.status }).from(orders).where(eq(orders.number, number));
  if (!existing) throw notFound(`There is no order ${number}.`);
  throw conflict(`Order ${number} is ${existing.status} and cannot be shipped.`);
}
