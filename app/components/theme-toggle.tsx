// Light / dark / system. A plain form post to /theme without JavaScript; a fetcher with it, so the
// page does not reload and the <html> class changes at once (see useThemeClass in root.tsx).
import { useFetcher, useLocation } from "@remix-run/react";
import type { FormEvent } from "react";
import { isTheme, themes, type Theme } from "~/shared/theme";
import { Icon, type IconName } from "./icon";

export const THEME_FETCHER_KEY = "theme";

const options: Record<Theme, { label: string; icon: IconName }> = {
  light: { label: "Light theme", icon: "sun" },
  dark: { label: "Dark theme", icon: "moon" },
  system: { label: "Use system theme", icon: "monitor" },
};

export function ThemeToggle({ theme }: { theme: Theme }) {
  const fetcher = useFetcher({ key: THEME_FETCHER_KEY });
  const location = useLocation();
  const pending = fetcher.formData?.get("theme");
  const current = isTheme(pending) ? pending : theme;

  function submitWithoutReload(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const value = submitter?.getAttribute("value");
    if (!isTheme(value)) return;
    event.preventDefault();
    fetcher.submit({ theme: value }, { method: "post", action: "/theme" });
  }

  return (
    <form method="post" action="/theme" onSubmit={submitWithoutReload} className="flex items-center rounded-full border border-stone-300 p-0.5 dark:border-stone-700" aria-label="Colour theme">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {themes.map((value) => (
        <button
          key={value}
          type="submit"
          name="theme"
          value={value}
          aria-label={options[value].label}
          aria-pressed={current === value}
          title={options[value].label}
          className="rounded-full p-1.5 text-stone-600 [@media(pointer:coarse)]:p-3.5 hover:text-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white dark:text-stone-400 dark:hover:text-stone-100 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          <Icon name={options[value].icon} className="h-4 w-4" />
        </button>
      ))}
    </form>
  );
}
