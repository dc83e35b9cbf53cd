import { describe, expect, it } from "vitest";
import { contactMessages } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext } from "../../test/route-context";
import { action, loader } from "./contact";

const database = await testDatabase();
const env = testEnv({ SHOP_EMAIL: "owner@example.com" });
const fields = { name: "Grace Hopper", email: "grace@example.com", subject: "Framing", message: "Do you frame the metal prints?", website: "" };
const post = async (body: Record<string, string>, clientIp = "203.0.113.50") =>
  (await action({ request: formPost("http://localhost/contact", body), context: routeContext(database.db, env, { clientIp }), params: {} })) as Response;
const stored = () => database.db.select().from(contactMessages);

describe("the /contact form (JavaScript off)", () => {
  it("stores the message and redirects to the thanks, so a reload cannot send it twice", async () => {
    const response = await post(fields);
    expect([response.status, response.headers.get("location")]).toEqual([303, "/contact?sent=1"]);
    expect((await stored()).map((m) => m.message)).toEqual([fields.message]);
    const page = (await loader({ request: new Request("http://localhost/contact?sent=1"), context: routeContext(database.db, env), params: {} })) as Response;
    expect(await page.json()).toMatchObject({ sent: true, studioEmail: "owner@example.com" });
  });

  it("answers a bot that filled the honeypot with the very same redirect, and keeps nothing", async () => {
    const before = await stored();
    const response = await post({ ...fields, message: "Cheap pills", website: "http://spam.example" }, "203.0.113.51");
    expect([response.status, response.headers.get("location")]).toEqual([303, "/contact?sent=1"]);
    expect(await stored()).toEqual(before);
  });

  it("shows what is wrong with a 400 and gives the shopper's words back, without the honeypot", async () => {
    const response = await post({ ...fields, email: "grace-at-example" }, "203.0.113.52");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      formError: null,
      fieldErrors: { email: "Please enter a valid e-mail address, like name@example.com." },
      values: { name: fields.name, email: "grace-at-example", subject: fields.subject, message: fields.message },
    });
  });

  it("refuses a sixth message in an hour from one address with a 429", async () => {
    for (let i = 0; i < 5; i++) expect((await post({ ...fields, message: `Note ${i}` }, "203.0.113.53")).status).toBe(303);
    const response = await post({ ...fields, message: "Note 6" }, "203.0.113.53");
    expect(response.status).toBe(429);
    expect((await response.json()).formError).toMatch(/wait an hour/);
    expect((await stored()).some((m) => m.message === "Note 6")).toBe(false);
  });
});
