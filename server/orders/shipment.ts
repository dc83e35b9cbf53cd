// Recording that an order has shipped: carrier, tracking number and the carrier's tracking page
// (finding 49), which the track-order page and API then show. The first time an order ships, the
// same transaction enqueues its one shipping e-mail; recording it again corrects the tracking only.
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { orders } from "../../db/schema/index";
import { badInput, conflict, notFound } from "../errors";
import { enqueueShippingMail } from "./shipping-mail";

const trackingPages: Record<string, (trackingNumber: string) => string> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
};

export const shipmentSchema = z.object({
  number: z.string().trim().toUpperCase().min(1),
  carrier: z.string().trim().min(1, "Please name the carrier.").max(60, "A carrier's name is at most 60 characters."),
  trackingNumber: z.string().trim().regex(/^[A-Za-z0-9-]{4,40}$/, "A tracking number is 4 to 40 letters, digits or dashes."),
  trackingUrl: z.url({ protocol: /^https$/, error: "A tracking link is an https:// address." }).optional(),
});

/** The carrier's own tracking page, when the studio did not give one and the carrier is known. */
export function trackingUrlFor(carrier: string, trackingNumber: string): string | null {
  return trackingPages[carrier.toLowerCase()]?.(encodeURIComponent(trackingNumber)) ?? null;
}

/** `shipped`: it shipped with this call (and its mail is queued); `corrected`: it had shipped, with other tracking. */
export type RecordedShipment = { orderId: number; number: string; trackingUrl: string | null; change: "shipped" | "corrected" | "none" };

export async function recordShipment(db: DbOrTx, input: z.input<typeof shipmentSchema>): Promise<RecordedShipment> {
  const parsed = shipmentSchema.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { number, carrier, trackingNumber } = parsed.data;
  const trackingUrl = parsed.data.trackingUrl ?? trackingUrlFor(carrier, trackingNumber);
  const tracking = { carrier, trackingNumber, trackingUrl };
  const returning = { orderId: orders.id, number: orders.number, trackingUrl: orders.trackingUrl };
  return db.transaction(async (tx) => {
    // Conditional on the status it leaves, so of two submits of the form only one ships the order.
    const [shipped] = await tx
      .update(orders)
      .set({ status: "shipped", ...tracking, shippedAt: sql`coalesce(${orders.shippedAt}, now())`, updatedAt: sql`now()` })
      .where(and(eq(orders.number, number), inArray(orders.status, ["paid", "in_production"])))
      .returning(returning);
    if (shipped) {
      await enqueueShippingMail(tx, shipped);
      return { ...shipped, change: "shipped" as const };
    }
    const [corrected] = await tx
      .update(orders)
      .set({ ...tracking, updatedAt: sql`now()` })
      .where(
        and(
          eq(orders.number, number),
          eq(orders.status, "shipped"),
          or(sql`${orders.carrier} is distinct from ${carrier}`, sql`${orders.trackingNumber} is distinct from ${trackingNumber}`, sql`${orders.trackingUrl} is distinct from ${trackingUrl}`),
        ),
      )
      .returning(returning);
    if (corrected) return { ...corrected, change: "corrected" as const };
    const [existing] = await tx.select({ ...returning, status: orders.status }).from(orders).where(eq(orders.number, number));
    if (!existing) throw notFound(`There is no order ${number}.`);
    if (existing.status === "shipped") return { orderId: existing.orderId, number: existing.number, trackingUrl: existing.trackingUrl, change: "none" as const };
    throw conflict(`Order ${number} is ${existing.status.replace("_", " ")} and cannot be shipped.`);
  });
}
