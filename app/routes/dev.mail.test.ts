import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { routeContext } from "../../test/route-context";
import { createOutboxMailer } from "../../server/integrations/mail/outbox-mailer";
import { loader } from "./dev.mail";

const database = await testDatabase();
const env = testEnv();

const load = (context = routeContext(database.db, env)) => loader({ request: new Request("http://localhost/dev/mail"), context, params: {} });

describe("the /dev/mail page", () => {
  it("lists the outbox newest first, with what the page shows of each message", async () => {
    const mailer = createOutboxMailer(database.db);
    await mailer.send({ to: "first@example.com", subject: "First", html: "<p>one</p>", text: "one" });
    await mailer.send({ to: "second@example.com", subject: "Second", html: "<script>alert(1)</script><p>two</p>", text: "two", replyTo: "studio@printroom.local" });
    // The JSON the page receives, where dates are strings.
    const data = (await (await load()).json()) as unknown as { smtp: boolean; messages: { subject: string; createdAt: string }[] };
    expect(data.smtp).toBe(false);
    expect(data.messages.map((m) => m.subject)).toEqual(["Second", "First"]);
    expect(data.messages[0]).toMatchObject({ to: "second@example.com", replyTo: "studio@printroom.local", text: "two", html: "<script>alert(1)</script><p>two</p>" });
    expect(Date.parse(data.messages[0]!.createdAt)).not.toBeNaN();
  });

  it("does not exist in production", async () => {
    const production = { ...env, isProduction: true };
    const thrown = await load(routeContext(database.db, env, { env: production })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});
