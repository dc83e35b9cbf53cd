import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Theme } from "~/shared/theme";
import { MobileMenu } from "./mobile-menu";
import { MainNavList } from "./main-nav-list";
import { ThemeToggle } from "./theme-toggle";

/** `cart` is the cart button, left out where the cart context is not available (the root error page). */
export function SiteHeader({ theme, cart }: { theme: Theme; cart?: ReactNode }) {
  return (
    <header className="relative border-b border-stone-200 bg-white/95 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <MobileMenu />
        <Link to="/" className="rounded-md font-serif text-xl tracking-wide text-stone-900 dark:text-stone-100">
          Printroom
        </Link>
        <nav aria-label="Main" className="ml-6 hidden md:block">
          <MainNavList
            listClassName="flex gap-6"
            linkClassName="rounded-md text-sm text-stone-700 underline-offset-8 hover:text-stone-900 aria-[current=page]:text-stone-900 aria-[current=page]:underline dark:text-stone-300 dark:hover:text-stone-100 dark:aria-[current=page]:text-stone-100"
          />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle theme={theme} />
          {cart}
        </div>
      </div>
    </header>
  );
}
