import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Theme } from "~/shared/theme";
import { Icon } from "./icon";
import { MobileMenu } from "./mobile-menu";
import { MainNavList } from "./main-nav-list";
import { ThemeToggle } from "./theme-toggle";

/**
 * Search on every page: a plain GET form to the prints list's own `q`, so it works without
 * JavaScript and the results page is the one the filters refine. On a phone it takes its own row.
 */
function HeaderSearch() {
  return (
    <form role="search" aria-label="Site search" method="get" action="/photos" className="order-last flex w-full pb-3 md:order-none md:ml-auto md:w-auto md:pb-0">
      <label htmlFor="site-search" className="sr-only">
        Search prints
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search prints" maxLength={100} className="text-input min-w-0 flex-1 rounded-r-none md:w-56 xl:w-40" />
      <button type="submit" aria-label="Search" className="button button-secondary rounded-l-none border-l-0 px-3">
        <Icon name="search" />
      </button>
    </form>
  );
}

/** `cart` is the cart button, left out where the cart context is not available (the root error page). */
export function SiteHeader({ theme, cart }: { theme: Theme; cart?: ReactNode }) {
  return (
    <header className="relative border-b border-stone-200 bg-white/95 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center gap-x-2 px-4 sm:gap-x-4 sm:px-6">
        <MobileMenu />
        <Link to="/" className="rounded-md font-serif text-xl tracking-wide text-stone-900 dark:text-stone-100">
          Printroom
        </Link>
        {/* The seven sections need a row of their own below 1280 px; from there, one row holds all. */}
        <nav aria-label="Main" className="order-last hidden w-full pb-3 md:block xl:order-none xl:ml-4 xl:w-auto xl:pb-0">
          <MainNavList
            listClassName="flex gap-6 xl:gap-4"
            linkClassName="rounded-md text-sm text-stone-700 underline-offset-8 hover:text-stone-900 aria-[current=page]:text-stone-900 aria-[current=page]:underline dark:text-stone-300 dark:hover:text-stone-100 dark:aria-[current=page]:text-stone-100"
          />
        </nav>
        <HeaderSearch />
        <div className="ml-auto flex h-16 items-center gap-1 sm:gap-2 md:ml-0">
          <ThemeToggle theme={theme} />
          {cart}
        </div>
      </div>
    </header>
  );
}
