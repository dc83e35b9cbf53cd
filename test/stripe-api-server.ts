// The Stripe API stand-in (test/stripe-api.ts) for a test file: stopped when the file is done.
import { atFileEnd } from "./cleanup";
import { serveStripeApi, type StripeApiServer } from "./stripe-api";

export async function startStripeApiServer(): Promise<StripeApiServer> {
  const server = await serveStripeApi();
  atFileEnd(server.close);
  return server;
}
