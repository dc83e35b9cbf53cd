// A Remix server build made of a few route modules, for tests of the HTTP edge in front of Remix
// (body limits, content types, /dev pages) through the real runtime and Express adapter path, without
// `npm run build` (test/stub-server-build.ts).
import type { ActionFunctionArgs, ServerBuild } from "@remix-run/node";
import { json } from "@remix-run/node";
import type { Db } from "../db/client";
import { contactMessages } from "../db/schema/contact";
import * as devMail from "../app/routes/dev.mail";
import { stubServerBuild } from "./stub-server-build";

type RouteModule = ServerBuild["routes"][string]["module"];

/**
 * `/contact`: a page whose action reads the form and stores it, as every form action does;
 * `/webhooks/stripe`: a resource route that reads raw bytes; `/dev/mail`: the real outbox page.
 */
export function remixTestBuild(db: Db): ServerBuild {
  const contact: RouteModule = {
    default: () => null,
    action: async ({ request }: ActionFunctionArgs) => {
      const form = await request.formData();
      await db.insert(contactMessages).values({ name: String(form.get("name")), email: "someone@example.com", message: String(form.get("message")) });
      return json({ stored: true });
    },
  };
  // The runtime tells a resource route by its missing component; the type insists on one.
  const webhook = {
    action: async ({ request }: ActionFunctionArgs) => json({ bytes: (await request.arrayBuffer()).byteLength }),
  } as unknown as RouteModule;
  const route = (id: string, path: string, module: RouteModule) => ({ id, parentId: "root", path, module });
  return stubServerBuild({
    "routes/contact": route("routes/contact", "contact", contact),
    "routes/webhooks.stripe": route("routes/webhooks.stripe", "webhooks/stripe", webhook),
    "routes/dev.mail": route("routes/dev.mail", "dev/mail", devMail as RouteModule),
  });
}
