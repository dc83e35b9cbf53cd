import { describe, expect, it } from "vitest";
import { htmlThemeClass, themeFromCookieHeader, themeSetCookie } from "./theme";

describe("theme cookie", () => {
  it("reads the chosen theme among other cookies and falls back to the system for junk", () => {
    expect(themeFromCookieHeader("a=1; pr_theme=dark; b=2")).toBe("dark");
    expect(themeFromCookieHeader("pr_theme=light")).toBe("light");
    expect(themeFromCookieHeader("pr_theme=purple")).toBe("system");
    expect(themeFromCookieHeader(null)).toBe("system");
  });

  it("keeps an explicit choice for a year and clears the cookie for the system default", () => {
    expect(themeSetCookie("dark", false)).toMatch(/^pr_theme=dark; Max-Age=31536000; Path=\/; SameSite=Lax; HttpOnly$/);
    expect(themeSetCookie("system", true)).toMatch(/^pr_theme=; Max-Age=0;.*Secure$/);
  });

  it("puts a class on <html> only for an explicit choice", () => {
    expect(htmlThemeClass("dark")).toBe("dark");
    expect(htmlThemeClass("system")).toBeUndefined();
  });
});
