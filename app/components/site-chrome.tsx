// Everything around a page: skip link, pending indicator, header, <main> and footer.
import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Theme } from "~/shared/theme";
import { PendingBar } from "./pending-bar";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function SiteChrome({ theme, cart, newsletter, children }: { theme: Theme; cart?: ReactNode; newsletter?: ReactNode; children: ReactNode }) {
  const navigation = useNavigation();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4 dark:bg-stone-100 dark:text-stone-900"
      >
        Skip to content
      </a>
      <PendingBar />
      <SiteHeader theme={theme} cart={cart} />
      <main id="main" tabIndex={-1} aria-busy={navigation.state === "loading"} className="min-h-[60vh] focus:outline-none">
        {children}
      </main>
      <SiteFooter newsletter={newsletter} />
    </>
  );
}
