// A crawler's walk through the store: from the home page, every same-site link a visitor can follow,
// fetched as a crawler does (no JavaScript). Each page answers 200 with a title, one h1, a
// description and a canonical address; each image and stylesheet it names answers 200 too.
import { randomInt } from "node:crypto";
import { expect, it } from "vitest";
import { baseUrl } from "./browser";

/** More than the demo store has: every photo, collection, content page, search and page of results. */
const MAX_PAGES = 400;
/** A chosen size is the photo's own page again (its canonical says so): one visit a photo is enough. */
const SAME_PAGE = /[?&]variant=/;
const NOT_CRAWLED = /^\/(?:admin|dev|api|bench|webhooks|build|checkout\/(?:local-payment|success))(?:\/|$)|^\/(?:theme|cart\/put-back)$/;

const address = `198.18.${randomInt(256)}.${1 + randomInt(254)}`;
const get = (path: string) => fetch(new URL(path, baseUrl()), { headers: { "X-Forwarded-For": address, "User-Agent": "printroom-e2e-crawler" }, redirect: "manual" });

const attributes = (html: string, tag: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, "g"))].map((m) => m[1]!.replace(/&amp;/g, "&"));

function sameSite(href: string, from: string): string | null {
  const url = new URL(href, new URL(from, baseUrl()));
  if (url.origin !== new URL(baseUrl()).origin) return null;
  return url.pathname + url.search;
}

it("every page a visitor can reach by links answers 200 with its title, h1, description and canonical", async () => {
  const queue = ["/"];
  const seen = new Set(queue);
  const problems: string[] = [];
  const assets = new Set<string>();
  let pages = 0;
  while (queue.length > 0 && pages < MAX_PAGES) {
    const path = queue.shift()!;
    const response = await get(path);
    pages++;
    if (response.status >= 300 && response.status < 400) {
      const location = sameSite(response.headers.get("location") ?? "", path);
      if (location && !seen.has(location)) {
        seen.add(location);
        queue.push(location);
      }
      continue;
    }
    if (response.status !== 200) {
      problems.push(`${path}: ${response.status}`);
      continue;
    }
    if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
    const html = await response.text();
    const h1s = html.match(/<h1\b/g)?.length ?? 0;
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${path}: no title`);
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
    if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${path}: no description`);
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    if (!noindex && !/<link rel="canonical" href="[^"]+"/.test(html)) problems.push(`${path}: no canonical`);
    for (const href of attributes(html, "a", "href")) {
      const next = sameSite(href, path);
      if (!next || seen.has(next) || SAME_PAGE.test(next) || NOT_CRAWLED.test(new URL(next, baseUrl()).pathname)) continue;
      seen.add(next);
      queue.push(next);
    }
    for (const src of [...attributes(html, "img", "src"), ...attributes(html, "link", "href").filter((h) => h.endsWith(".css"))]) {
      const asset = sameSite(src, path);
      if (asset) assets.add(asset);
    }
  }
  for (const asset of assets) {
    const response = await get(asset);
    await response.arrayBuffer();
    if (response.status !== 200) problems.push(`${asset}: ${response.status}`);
  }
  expect(problems).toEqual([]);
  // The whole store was walked, not cut off at the cap: 60 photos, their collections, content and searches.
  expect(queue).toEqual([]);
  expect(pages).toBeGreaterThan(80);
});
