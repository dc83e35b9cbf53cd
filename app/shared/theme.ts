// The colour theme the shopper picked, kept in a cookie so the server renders it with no flash.
export const themes = ["light", "dark", "system"] as const;
export type Theme = (typeof themes)[number];

export const THEME_COOKIE = "pr_theme";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (themes as readonly string[]).includes(value);
}

export function themeFromCookieHeader(header: string | null | undefined): Theme {
  for (const part of (header ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === THEME_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return isTheme(value) ? value : "system";
    }
  }
  return "system";
}

/** "system" clears the cookie, so a shopper who never chose keeps following the OS setting. */
export function themeSetCookie(theme: Theme, secure: boolean): string {
  const attributes = ["Path=/", "SameSite=Lax", "HttpOnly", ...(secure ? ["Secure"] : [])];
  if (theme === "system") return [`${THEME_COOKIE}=`, "Max-Age=0", ...attributes].join("; ");
  return [`${THEME_COOKIE}=${theme}`, `Max-Age=${ONE_YEAR_S}`, ...attributes].join("; ");
}

/**
 * The class on <html>: an explicit "light" or "dark" wins over the OS setting; no class follows it
 * through the prefers-color-scheme media query in tailwind.config.ts.
 */
export function htmlThemeClass(theme: Theme): string | undefined {
  return theme === "system" ? undefined : theme;
}
