// Every background job: its task name and the zod schema of its payload. Enqueueing, the worker's
// task list and the crontab are all typed by this one list, so a name or a payload that does not
// match it is a compile error.
import { z } from "zod";
import { PENDING_REFUND_GRACE_MINUTES } from "../admin/orders/refund-grace";
import { STALE_CART_DAYS } from "../checkout/stale-carts";
import { sendGiftCardPayload } from "../giftcards/delivery";
import { mailMessageSchema } from "../integrations/mail/message";

// Scheduled jobs are loose objects: graphile-worker's crontab adds a `_cron` key to their payload.
export const jobPayloads = {
  send_mail: mailMessageSchema,
  send_gift_card: sendGiftCardPayload,
  send_order_confirmation: z.object({ orderNumber: z.string().min(1).max(40) }),
  send_shipping_mail: z.object({ orderNumber: z.string().min(1).max(40) }),
  send_newsletter_confirmation: z.object({ subscriberId: z.number().int().positive() }),
  generate_image_derivatives: z.object({ photoId: z.number().int().positive() }),
  release_stale_gift_card_holds: z.looseObject({ olderThanHours: z.number().positive().default(24) }),
  cleanup_stale_carts: z.looseObject({ olderThanDays: z.number().int().min(1).default(STALE_CART_DAYS) }),
  /** Stripe retries a failed delivery for three days; looking back that far covers every gap. */
  reconcile_stripe_events: z.looseObject({ lookBackHours: z.number().positive().max(30 * 24).default(72) }),
  analyse_wall_photo: z.object({ wallPhotoId: z.uuid() }),
  cleanup_wall_photos: z.looseObject({ olderThanHours: z.number().positive().default(24) }),
  /** a refund younger than this may still be in its own request's hands (server/admin/orders/refund.ts) */
  finish_pending_refunds: z.looseObject({ olderThanMinutes: z.number().positive().default(PENDING_REFUND_GRACE_MINUTES) }),
} satisfies Record<string, z.ZodType<object>>;

export type JobName = keyof typeof jobPayloads;
/** What a caller passes to enqueueJob (defaults may be left out). */
export type JobPayload<N extends JobName> = z.input<(typeof jobPayloads)[N]>;
/** What the task gets once it has parsed the payload (defaults filled in). */
export type ParsedJobPayload<N extends JobName> = z.output<(typeof jobPayloads)[N]>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobPayloads, name);
}

/** A task's first line: the payload as the registry describes it, or a thrown ZodError (the job fails). */
export function parseJobPayload<N extends JobName>(name: N, payload: unknown): ParsedJobPayload<N> {
  return jobPayloads[name].parse(payload ?? {}) as ParsedJobPayload<N>;
}
