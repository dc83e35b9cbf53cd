// Serves only POST /webhooks/stripe over real HTTP, through the Remix route module's own action,
// for tests of code that calls the webhook as Stripe does (local test mode's payment page).
import type { AppLoadContext } from "@remix-run/node";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { action } from "../app/routes/webhooks.stripe";
import { atFileEnd } from "./cleanup";

export type WebhookRouteServer = { origin: string; deliveries: number };

export async function startWebhookRouteServer(context: Pick<AppLoadContext, "db" | "env" | "payments" | "log">): Promise<WebhookRouteServer> {
  const state = { origin: "", deliveries: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      if (req.url !== "/webhooks/stripe") {
        res.writeHead(404).end();
        return;
      }
      state.deliveries++;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`${state.origin}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
      const response = (await action({ request, context: context as AppLoadContext, params: {} })) as Response;
      res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" });
      res.end(await response.text());
    });
  });
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  atFileEnd(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return state;
}
