// Every background task, by the name jobs are enqueued under (server/jobs/registry.ts).
import type { Task } from "graphile-worker";
import type { JobName } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";
import { analyseWallPhoto } from "./analyse-wall-photo";
import { cleanupStaleCarts } from "./cleanup-stale-carts";
import { cleanupWallPhotos } from "./cleanup-wall-photos";
import { finishPendingRefundsTask } from "./finish-pending-refunds";
import { generateImageDerivatives } from "./generate-image-derivatives";
import { reconcileStripeEvents } from "./reconcile-stripe-events";
import { releaseStaleGiftCardHolds } from "./release-stale-gift-card-holds";
import { sendGiftCard } from "./send-gift-card";
import { sendMail } from "./send-mail";
import { sendNewsletterConfirmationTask } from "./send-newsletter-confirmation";
import { sendOrderConfirmationTask } from "./send-order-confirmation";
import { sendShippingMailTask } from "./send-shipping-mail";

/** One task for every job in the registry: a job without its task, or a task without a job, does not compile. */
export type JobTaskList = { [N in JobName]: Task };

export function buildTaskList(deps: WorkerDeps): JobTaskList {
  return {
    generate_image_derivatives: generateImageDerivatives(deps),
    send_mail: sendMail(deps),
    send_gift_card: sendGiftCard(deps),
    send_order_confirmation: sendOrderConfirmationTask(deps),
    send_shipping_mail: sendShippingMailTask(deps),
    send_newsletter_confirmation: sendNewsletterConfirmationTask(deps),
    release_stale_gift_card_holds: releaseStaleGiftCardHolds(deps),
    cleanup_stale_carts: cleanupStaleCarts(deps),
    reconcile_stripe_events: reconcileStripeEvents(deps),
    analyse_wall_photo: analyseWallPhoto(deps),
    cleanup_wall_photos: cleanupWallPhotos(deps),
    finish_pending_refunds: finishPendingRefundsTask(deps),
  };
}
