import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { coalesceWrites } from "../server/http/coalesce-writes";
import { sharedMaxAge } from "../server/http/page-cache";
import { NonceContext } from "./lib/nonce";
import { StylesheetContext } from "./lib/stylesheet";
import { stylesheetText } from "./lib/stylesheet-text.server";
import styles from "./styles/app.css";

const ABORT_DELAY_MS = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const slot = loadContext.pageCache;
  const shared = sharedMaxAge(responseHeaders.get("Cache-Control")) > 0;
  // A route may let caches share its page, but only a page rendered for nobody in particular.
  if (shared && !slot.shareable) responseHeaders.set("Cache-Control", "private, no-cache");
  const keep = shared && slot.keeps && responseStatusCode === 200;
  // Crawlers get the whole document at once, and so does a page that will be kept; browsers get it
  // streamed as soon as the shell is ready.
  const waitForAll = keep || isbot(request.headers.get("user-agent") ?? "");
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Cleared once everything is rendered: a pending timer would keep the whole render (its tree,
    // data and HTML) alive for its delay, which under load is hundreds of finished pages of garbage.
    let abortRender = () => {};
    const abortTimer = setTimeout(() => abortRender(), ABORT_DELAY_MS);

    function send() {
      shellRendered = true;
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      if (keep) {
        const chunks: Buffer[] = [];
        const body = new PassThrough();
        body.on("data", (chunk: Buffer) => chunks.push(chunk));
        body.on("end", () => {
          const html = Buffer.concat(chunks).toString("utf8");
          if (responseStatusCode === 200) slot.store({ status: responseStatusCode, headers: responseHeaders, html });
          resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
        });
        pipe(body);
        return;
      }
      const body = coalesceWrites();
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    }

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <StylesheetContext.Provider value={stylesheetText(styles)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY_MS} />
        </StylesheetContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          if (!waitForAll) send();
        },
        onAllReady() {
          clearTimeout(abortTimer);
          if (waitForAll) send();
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) loadContext.log.error({ err: error }, "render failed after the shell was sent");
        },
      },
    );
    abortRender = abort;
  });
}
