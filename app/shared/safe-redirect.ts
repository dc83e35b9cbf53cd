// Where a form may send the shopper next: only a path on this site, as the browser will read it.
const BASE = "https://printroom.invalid";

/**
 * The path itself when, after the URL parser's own clean-up (tabs and newlines dropped, backslashes
 * read as slashes, percent-decoding of the host), it still leads to this origin; otherwise
 * `fallback`. Control characters are refused outright: they would also break the Location header.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (parsed.origin !== BASE || value.startsWith("//")) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
