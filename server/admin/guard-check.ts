// For the guard test: asks every back-office route and procedure, as each kind of visitor who is
// not signed in to the back office, and lists every answer that is not a refusal. A refusal is a
// redirect to the login page (a page, or Remix's data request for it) or a 401 (tRPC).
import { ADMIN_LOGIN_PATH } from "./guard";
import type { AdminRoute } from "./admin-routes-build";

export type Visitor = { name: string; cookie: string | undefined };
export type Probe = { name: string; send: (cookie: string | undefined) => Promise<Response> };

/** Whether the answer turns the visitor away without running the page or procedure. */
export function isRefusal(response: Response): boolean {
  const toLogin = (location: string | null) => location !== null && (location === ADMIN_LOGIN_PATH || location.startsWith(`${ADMIN_LOGIN_PATH}?`));
  if (response.status >= 300 && response.status < 400) return toLogin(response.headers.get("location"));
  // Remix answers a data request's redirect with 204 and the target in a header of its own.
  if (response.status === 204) return toLogin(response.headers.get("x-remix-redirect"));
  return response.status === 401;
}

/** Every way to reach a route's loader and action: the page itself and Remix's data requests. */
export function routeProbes(routes: AdminRoute[], baseUrl: string, origin: string): { probes: Probe[]; withoutLoader: string[] } {
  const probes: Probe[] = [];
  const withoutLoader: string[] = [];
  for (const route of routes) {
    const query = (extra: string) => `${route.index ? "?index&" : "?"}${extra}`.replace(/[?&]$/, "");
    const headers = (cookie: string | undefined): Record<string, string> => (cookie ? { cookie } : {});
    if (!route.hasLoader) withoutLoader.push(route.id);
    else {
      probes.push({ name: `GET ${route.url} (${route.id})`, send: (cookie) => fetch(`${baseUrl}${route.url}${query("")}`, { redirect: "manual", headers: headers(cookie) }) });
      probes.push({ name: `GET ${route.url} data (${route.id})`, send: (cookie) => fetch(`${baseUrl}${route.url}${query(`_data=${encodeURIComponent(route.id)}`)}`, { redirect: "manual", headers: headers(cookie) }) });
    }
    if (route.hasAction) {
      const post = (url: string) => (cookie: string | undefined) =>
        fetch(url, { method: "POST", redirect: "manual", headers: { ...headers(cookie), origin, "content-type": "application/x-www-form-urlencoded" }, body: "intent=anything" });
      probes.push({ name: `POST ${route.url} (${route.id})`, send: post(`${baseUrl}${route.url}${query("")}`) });
      probes.push({ name: `POST ${route.url} data (${route.id})`, send: post(`${baseUrl}${route.url}${query(`_data=${encodeURIComponent(route.id)}`)}`) });
    }
  }
  return { probes, withoutLoader };
}

/** A call of each procedure as an outside script makes it over HTTP. */
export function procedureProbes(procedures: { path: string; type: string }[], call: (path: string, type: string, cookie: string | undefined) => Promise<Response>): Probe[] {
  return procedures.map(({ path, type }) => ({ name: `${type} ${path}`, send: (cookie) => call(path, type, cookie) }));
}

/** Every probe that some visitor got through, with what it answered. */
export async function unguarded(probes: Probe[], visitors: Visitor[]): Promise<string[]> {
  const found: string[] = [];
  for (const probe of probes) {
    for (const visitor of visitors) {
      const response = await probe.send(visitor.cookie);
      await response.arrayBuffer();
      if (!isRefusal(response)) found.push(`${probe.name} as ${visitor.name}: ${response.status}`);
    }
  }
  return found;
}
