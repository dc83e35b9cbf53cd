import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext } from "../../test/route-context";
import { action } from "./theme";

const database = await testDatabase();
const context = routeContext(database.db, testEnv());
const post = (fields: Record<string, string>) => action({ request: formPost("http://localhost/theme", fields), params: {}, context });

describe("POST /theme", () => {
  it("without JavaScript: remembers the choice for a year and goes back to the page", async () => {
    const response = await post({ theme: "dark", redirectTo: "/photos?q=sea" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/photos?q=sea");
    expect(response.headers.get("Set-Cookie")).toMatch(/^pr_theme=dark; Max-Age=31536000; Path=\/; SameSite=Lax; HttpOnly/);
  });

  it("from the fetcher: answers with the theme and no redirect", async () => {
    const response = await post({ theme: "light" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, theme: "light" });
    expect(response.headers.get("Set-Cookie")).toMatch(/^pr_theme=light;/);
  });

  it("going back to the system setting clears the cookie", async () => {
    const response = await post({ theme: "system" });
    expect(response.headers.get("Set-Cookie")).toMatch(/^pr_theme=; Max-Age=0;/);
  });

  it("never redirects off the site", async () => {
    for (const redirectTo of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      expect((await post({ theme: "dark", redirectTo })).headers.get("Location")).toBe("/");
    }
  });

  it("refuses an unknown theme with a 400 and sets nothing", async () => {
    const response = await post({ theme: "sepia" });
    expect(response.status).toBe(400);
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });
});
