// Every background task, by the name jobs are enqueued under.
import type { TaskList } from "graphile-worker";
import { SEND_GIFT_CARD_TASK } from "../../server/giftcards/delivery";
import { SEND_MAIL_TASK } from "../../server/integrations/mail/message";
import type { WorkerDeps } from "../deps";
import { cleanupStaleCarts } from "./cleanup-stale-carts";
import { generateImageDerivatives, generateImageDerivativesTask } from "./generate-image-derivatives";
import { reconcileStripeEvents } from "./reconcile-stripe-events";
import { releaseStaleGiftCardHolds } from "./release-stale-gift-card-holds";
import { sendGiftCard } from "./send-gift-card";
import { sendMail } from "./send-mail";

export function buildTaskList(deps: WorkerDeps): TaskList {
  return {
    [generateImageDerivativesTask]: generateImageDerivatives(deps),
    [SEND_MAIL_TASK]: sendMail(deps),
    [SEND_GIFT_CARD_TASK]: sendGiftCard(deps),
    release_stale_gift_card_holds: releaseStaleGiftCardHolds(deps),
    cleanup_stale_carts: cleanupStaleCarts(deps),
    reconcile_stripe_events: reconcileStripeEvents(deps),
  };
}
