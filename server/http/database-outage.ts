// Remix's side of the answer to a database outage (server/errors.ts says what one is): a loader is
// tried once more, then a loader or action that met one answers 503 with Retry-After, for a document and a data request alike,
// whether or not its route caught the error. Remix has no status hook for an error it caught, so
// the build's entry module is wrapped: handleError notes the outage on the request's load context,
// and the document and data answers take their status from that note.
import type { ServerBuild } from "@remix-run/node";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../errors";

type RouteModule = ServerBuild["routes"][string]["module"];
type Loader = NonNullable<RouteModule["loader"]>;

/** What a loader that met an outage threw: the error itself, or toResponse's 503 made of it. */
const metAnOutage = (thrown: unknown) => isDatabaseUnavailable(thrown) || (thrown instanceof Response && thrown.status === 503);

/**
 * A loader only reads, so one that met a dropped connection runs once more: the pool opens a fresh
 * connection for it, and a shopper after a failover does not pay for each connection that died.
 */
function retriedOnce(loader: Loader): Loader {
  return async (args) => {
    try {
      return await loader(args);
    } catch (thrown) {
      if (!metAnOutage(thrown) || args.request.signal.aborted) throw thrown;
      return loader(args);
    }
  };
}

export function answeringOutagesWith503(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => [id, route.module.loader ? { ...route, module: { ...route.module, loader: retriedOnce(route.module.loader) } } : route]),
  );
  const entry = build.entry.module;
  const outages = new WeakSet<object>();
  const module: ServerBuild["entry"]["module"] = {
    ...entry,
    handleError(error, args) {
      if (args.request.signal.aborted) return;
      if (isDatabaseUnavailable(error)) {
        outages.add(args.context);
        args.context.log?.warn({ err: error }, "the database is out of reach: answering 503");
        return;
      }
      if (entry.handleError) return entry.handleError(error, args);
      args.context.log?.error({ err: error }, "a route failed");
    },
    // A route that caught the error threw toResponse's 503, whose own headers Remix drops: any 503
    // here is an outage answer and says when to come back.
    default(request, status, headers, remixContext, loadContext) {
      if (!outages.has(loadContext) && status !== 503) return entry.default(request, status, headers, remixContext, loadContext);
      headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      return entry.default(request, 503, headers, remixContext, loadContext);
    },
    async handleDataRequest(response, args) {
      const answered = entry.handleDataRequest ? await entry.handleDataRequest(response, args) : response;
      if (!outages.has(args.context) && answered.status !== 503) return answered;
      const headers = new Headers(answered.headers);
      headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      return new Response(answered.body, { status: 503, headers });
    },
  };
  return { ...build, routes, entry: { ...build.entry, module } };
}
