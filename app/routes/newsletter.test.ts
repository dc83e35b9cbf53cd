import { describe, expect, it } from "vitest";
import { subscribers } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext } from "../../test/route-context";
import { action } from "./newsletter";

const database = await testDatabase();
const env = testEnv();
const context = routeContext(database.db, env);
const post = async (fields: Record<string, string>) => (await action({ request: formPost("http://localhost/newsletter", fields), context, params: {} })) as Response;

describe("the /newsletter form action", () => {
  it("subscribes with the form's source and remembers where the shopper came from", async () => {
    const response = await post({ email: "Reader@Example.com", source: "homepage", redirectTo: "/collections" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, backTo: "/collections" });
    expect((await database.db.select().from(subscribers)).map((s) => [s.email, s.source])).toEqual([["reader@example.com", "homepage"]]);
  });

  it("answers a second sign-up of the same address exactly like the first", async () => {
    const response = await post({ email: "reader@example.com", source: "footer", redirectTo: "/collections" });
    expect(await response.json()).toEqual({ ok: true, backTo: "/collections" });
  });

  it("turns a bad address into a 400 the page shows, and keeps the source for the retry", async () => {
    const response = await post({ email: "not an address", source: "popup", redirectTo: "https://evil.example/" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      formError: null,
      fieldErrors: { email: "Please enter a valid e-mail address, like name@example.com." },
      values: { email: "not an address", source: "popup", redirectTo: "https://evil.example/" },
    });
  });

  it("refuses a source a shopper cannot choose", async () => {
    const response = await post({ email: "another@example.com", source: "gift_card_purchase" });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.source).toMatch(/Source must be one of/);
  });
});
