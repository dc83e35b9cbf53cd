import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { testEnv } from "../test/app-server";
import { testDatabase } from "../test/database";
import { runMeta } from "../test/route-meta";
import { routeContext } from "../test/route-context";
import { DEFAULT_OG_IMAGE, metaContent } from "./lib/seo";
import { loader, meta } from "./root";

const database = await testDatabase();
const env = testEnv({ PUBLIC_URL: "https://prints.example" });

const load = async (url: string, headers: HeadersInit = {}) => {
  const response = await loader({ request: new Request(url, { headers }), params: {}, context: routeContext(database.db, env) });
  return response.json();
};

describe("the root loader", () => {
  it("gives every page a default Open Graph image, a real 1200×630 JPEG (finding 36)", async () => {
    const tags = runMeta(meta, await load("https://prints.example/about"));
    expect(metaContent(tags, "og:image")).toBe("https://prints.example/og-default.jpg");
    expect(metaContent(tags, "twitter:image")).toBe("https://prints.example/og-default.jpg");
    expect(metaContent(tags, "twitter:card")).toBe("summary_large_image");
    expect(metaContent(tags, "og:image:alt")).toBeTruthy();
    const file = path.resolve("public", DEFAULT_OG_IMAGE.path.slice(1));
    expect(existsSync(file)).toBe(true);
    const { format, width, height } = await sharp(file).metadata();
    expect({ format, width, height }).toEqual({ format: "jpeg", width: DEFAULT_OG_IMAGE.width, height: DEFAULT_OG_IMAGE.height });
  });

  it("renders the theme from the cookie, and follows the system without one", async () => {
    expect((await load("https://prints.example/", { Cookie: "pr_theme=dark" })).theme).toBe("dark");
    expect((await load("https://prints.example/", { Cookie: "pr_theme=light" })).theme).toBe("light");
    expect((await load("https://prints.example/")).theme).toBe("system");
  });

  it("renders an empty cart for a shopper without a session, without starting one", async () => {
    const context = routeContext(database.db, env);
    const response = await loader({ request: new Request("https://prints.example/"), params: {}, context });
    const data = await response.json();
    expect(data.cart).toMatchObject({ lines: [], itemCount: 0, subtotalCents: 0 });
    expect(context.session.id).toBeUndefined();
  });
});
