// A local HTTP server that answers the few Stripe API calls we make, so the real SDK runs end to end
// (STRIPE_API_BASE points it here). It records every request for tests to assert on; the webhook
// benchmark runs the production server against it too.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; form: URLSearchParams };

export type StripeApiServer = {
  url: string;
  requests: RecordedRequest[];
  /** events GET /v1/events lists (newest first, as Stripe lists them) */
  events: object[];
  /** the next `count` requests answer with this status instead: a 4xx as Stripe refuses a request (invalid_request_error), else an api_error */
  failNext(count: number, status?: number): void;
  /** the next request is held without an answer until the client gives up */
  hangNext(): void;
  /**
   * Marks a session paid, as if the shopper had just completed it on Stripe's page. `taxCents` is
   * what Stripe Tax worked out for the address, added only to a session created with automatic_tax.
   */
  completeSession(id: string, options?: { taxCents?: number }): void;
  close(): Promise<void>;
};

/** The one fixed-amount shipping option we send, as Stripe echoes it: `shipping_cost` and `total_details.amount_shipping`. */
function shippingFrom(form: URLSearchParams) {
  const prefix = "shipping_options[0][shipping_rate_data]";
  if (!form.has(`${prefix}[fixed_amount][amount]`)) return { options: [], cost: null, cents: 0 };
  const cents = Number(form.get(`${prefix}[fixed_amount][amount]`));
  const rate = { id: `shr_test_${cents}`, object: "shipping_rate", display_name: form.get(`${prefix}[display_name]`), type: form.get(`${prefix}[type]`), fixed_amount: { amount: cents, currency: form.get(`${prefix}[fixed_amount][currency]`) } };
  return { options: [{ shipping_amount: cents, shipping_rate: rate.id }], cost: { amount_subtotal: cents, amount_tax: 0, amount_total: cents, shipping_rate: rate.id }, cents };
}

function sessionFrom(form: URLSearchParams, id: string, couponAmountOff: number) {
  let subtotal = 0;
  for (let i = 0; form.has(`line_items[${i}][quantity]`); i++) {
    subtotal += Number(form.get(`line_items[${i}][price_data][unit_amount]`)) * Number(form.get(`line_items[${i}][quantity]`));
  }
  const shipping = shippingFrom(form);
  const allowedCountries = [...form.entries()].filter(([key]) => key.startsWith("shipping_address_collection[allowed_countries]")).map(([, country]) => country);
  // As in Checkout, a coupon takes off the line items, never the shipping.
  const discount = Math.min(couponAmountOff, subtotal);
  return {
    id,
    object: "checkout.session",
    amount_subtotal: subtotal,
    amount_total: subtotal - discount + shipping.cents,
    automatic_tax: { enabled: form.get("automatic_tax[enabled]") === "true", liability: null, provider: null, status: form.get("automatic_tax[enabled]") === "true" ? "requires_location_inputs" : null },
    shipping_address_collection: allowedCountries.length ? { allowed_countries: allowedCountries } : null,
    shipping_options: shipping.options,
    shipping_cost: shipping.cost,
    total_details: { amount_discount: discount, amount_shipping: shipping.cents, amount_tax: 0 },
    client_reference_id: form.get("client_reference_id"),
    currency: form.get("line_items[0][price_data][currency]"),
    customer_email: form.get("customer_email"),
    expires_at: Number(form.get("expires_at")),
    livemode: false,
    metadata: { checkout_id: form.get("metadata[checkout_id]") },
    mode: form.get("mode"),
    payment_status: "unpaid",
    status: "open",
    success_url: form.get("success_url"),
    cancel_url: form.get("cancel_url"),
    url: `https://checkout.stripe.com/c/pay/${id}`,
  };
}

/** The caller stops it with `close()`; test files use `startStripeApiServer` (test/stripe-api-server.ts). */
export async function serveStripeApi(): Promise<StripeApiServer> {
  const requests: RecordedRequest[] = [];
  const events: object[] = [];
  const coupons = new Map<string, number>();
  const sessions = new Map<string, ReturnType<typeof sessionFrom>>();
  const byIdempotencyKey = new Map<string, string>();
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let hang = false;
  let counter = 0;

  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stripe.local");
      const form = new URLSearchParams(req.method === "GET" ? url.search : body);
      requests.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, form });
      if (hang) {
        hang = false;
        return;
      }
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++counter}` });
        res.end(JSON.stringify(payload));
      };
      if (failures.count > 0) {
        failures.count--;
        if (failures.status < 500) return send(failures.status, { error: { type: "invalid_request_error", message: "The request was refused." } });
        return send(failures.status, { error: { type: "api_error", message: "Something went wrong on Stripe's end." } });
      }
      // Stripe answers a repeated idempotency key with the first response.
      const key = req.headers["idempotency-key"];
      const replay = typeof key === "string" ? byIdempotencyKey.get(key) : undefined;
      if (replay) {
        res.writeHead(200, { "content-type": "application/json", "idempotent-replayed": "true" });
        return res.end(replay);
      }
      const remember = (payload: unknown) => {
        if (typeof key === "string") byIdempotencyKey.set(key, JSON.stringify(payload));
        send(200, payload);
      };
      if (req.method === "POST" && url.pathname === "/v1/coupons") {
        const id = `coupon_${++counter}`;
        coupons.set(id, Number(form.get("amount_off")));
        return remember({ id, object: "coupon", amount_off: Number(form.get("amount_off")), currency: form.get("currency"), duration: form.get("duration") });
      }
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const coupon = form.get("discounts[0][coupon]");
        const session = sessionFrom(form, `cs_test_${++counter}${"x".repeat(20)}`, coupon ? (coupons.get(coupon) ?? 0) : 0);
        sessions.set(session.id, session);
        return remember(session);
      }
      const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(url.pathname);
      const session = sessionPath ? sessions.get(decodeURIComponent(sessionPath[1]!)) : undefined;
      if (sessionPath && !session) return send(404, { error: { type: "invalid_request_error", message: "No such checkout.session" } });
      if (session && req.method === "GET" && !sessionPath![2]) return send(200, session);
      if (session && req.method === "POST" && sessionPath![2]) {
        // As Stripe: only an open session can be expired.
        if (session.status !== "open") return send(400, { error: { type: "invalid_request_error", message: `This Checkout Session is not in an expirable state (status: ${session.status}).` } });
        session.status = "expired";
        return send(200, session);
      }
      if (req.method === "POST" && url.pathname === "/v1/refunds") {
        const refund = { id: `re_test_${++counter}`, object: "refund", amount: Number(form.get("amount")), payment_intent: form.get("payment_intent"), currency: "usd", status: "succeeded" };
        return remember(refund);
      }
      if (req.method === "GET" && url.pathname === "/v1/events") {
        return send(200, { object: "list", data: events, has_more: false, url: "/v1/events" });
      }
      send(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` } });
    });
  });
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    events,
    failNext: (count, status = 500) => (failures = { count, status }),
    hangNext: () => (hang = true),
    completeSession: (id, options = {}) => {
      const session = sessions.get(id);
      if (!session) throw new Error(`no session ${id}`);
      const tax = session.automatic_tax.enabled ? (options.taxCents ?? 0) : 0;
      Object.assign(session, {
        status: "complete",
        payment_status: "paid",
        amount_total: session.amount_total + tax,
        automatic_tax: { ...session.automatic_tax, status: session.automatic_tax.enabled ? "complete" : null },
        total_details: { ...session.total_details, amount_tax: tax },
      });
    },
    close,
  };
}
