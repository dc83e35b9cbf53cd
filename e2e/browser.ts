// Launches Debian's Chromium through playwright-core for the e2e specs; the server's URL comes
// from e2e/run.ts through E2E_BASE_URL.
import { randomInt } from "node:crypto";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags that keep Chromium from reaching the network on its own or needing a sandbox (we run as root). */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh first start renders image derivatives in the worker, which slows pages on small machines. */
const NAVIGATION_TIMEOUT_MS = 60_000;

export async function newContext(browser: Browser, options: { javaScript?: boolean } & BrowserContextOptions = {}): Promise<BrowserContext> {
  const { javaScript = true, ...rest } = options;
  // Each context is another shopper on another address (the server trusts the loopback proxy
  // header, e2e/run.ts), so per-address limits count one shopper's tries, not the whole suite's.
  const address = `198.18.${randomInt(256)}.${1 + randomInt(254)}`;
  const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: javaScript, ...rest, extraHTTPHeaders: { "X-Forwarded-For": address, ...rest.extraHTTPHeaders } });
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.setDefaultTimeout(30_000);
  return context;
}

/** One browser for the spec file, closed when it is done. */
export function useBrowser(): { get: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get: () => {
      if (!browser) throw new Error("the browser is not running yet; call get() inside a test");
      return browser;
    },
  };
}
