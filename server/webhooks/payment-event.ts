// What applying a payment event takes and answers, shared by the dispatcher and each kind's handler.
import type { Db } from "../../db/client";
import type { GiftCardSecretEnv } from "../giftcards/codes";
import type { Logger } from "../log";

export type PaymentEventDeps = {
  db: Db;
  log: Logger;
  /** the mode of our key: an event from the other mode is never acted on */
  livemode: boolean;
  /** for links in the mail the event sends */
  publicUrl: string;
  /** to issue the gift card a paid gift card checkout bought */
  env: GiftCardSecretEnv;
};

/** "ignored": genuine and recorded, but nothing to change (an expiry after payment, an unhandled type). */
export type ApplyOutcome = "applied" | "duplicate" | "ignored" | "anomaly";
