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
  /** the next `count` requests answer with this status (a Stripe api_error) instead */
  failNext(count: number, status?: number): void;
  /** the next request is held without an answer until the client gives up */
  hangNext(): void;
  /** marks a session paid, as if the shopper had just completed it on Stripe's page */
  completeSession(id: string): void;
  close(): Promise<void>;
};

function sessionFrom(form: URLSearchParams, id: string, couponAmountOff: number) {
  let subtotal = 0;
  for (let i = 0; form.has(`line_items[${i}][quantity]`); i++) {
    subtotal += Number(form.get(`line_items[${i}][price_data][unit_amount]`)) * Number(form.get(`line_items[${i}][quantity]`));
  }
  return {
    id,
    object: "checkout.session",
    amount_subtotal: subtotal,
    amount_total: subtotal - couponAmountOff,
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
    completeSession: (id) => {
      const session = sessions.get(id);
      if (!session) throw new Error(`no session ${id}`);
      Object.assign(session, { status: "complete", payment_status: "paid" });
    },
    close,
  };
}
