// Stripe's webhook endpoint (and local test mode's): the raw body goes, untouched, to the service.
import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { DATABASE_RETRY_AFTER_SECONDS, receiveStripeWebhook } from "~/lib/webhooks.server";

const statusFor = { refused: 400, applied: 200, failed: 500, unavailable: 503 } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return json({ error: "Method not allowed" }, { status: 405, headers: { Allow: "POST" } });
  // The signature covers the exact bytes sent, so the body is read as bytes, never re-serialised.
  const payload = Buffer.from(await request.arrayBuffer());
  const reply = await receiveStripeWebhook(
    { db: context.db, payments: context.payments, log: context.log, publicUrl: context.env.PUBLIC_URL, env: context.env },
    payload,
    request.headers.get("stripe-signature"),
  );
  return json(reply.body, { status: statusFor[reply.kind], headers: reply.kind === "unavailable" ? { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } : {} });
}
