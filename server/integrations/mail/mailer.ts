// The mail interface domain code sees, and the choice of implementation made once at boot.
import type { Db } from "../../../db/client";
import type { Env } from "../../env";
import type { Mailer } from "./message";
import { createOutboxMailer } from "./outbox-mailer";
import { createSmtpMailer } from "./smtp-mailer";

export type { Mailer } from "./message";

/** SMTP when SMTP_URL is set; otherwise mail is kept in the outbox table for the dev mail page. */
export function createMailer(env: Env, db: Db): Mailer {
  return env.SMTP_URL ? createSmtpMailer({ url: env.SMTP_URL, from: env.SHOP_EMAIL }) : createOutboxMailer(db);
}
