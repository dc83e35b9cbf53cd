// The small-screen menu: a <details> disclosure, so it opens without JavaScript and by keyboard;
// with JavaScript it also closes on navigation and on Escape.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { Icon } from "./icon";
import { MainNavList } from "./main-nav-list";
import { helpLinks } from "./nav-links";

export function MobileMenu() {
  const details = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  const shownKey = useRef(location.key);

  // Only a navigation closes it: on a slow phone the menu may be opened before hydration, and
  // closing it then would undo the shopper's tap.
  useEffect(() => {
    if (shownKey.current === location.key) return;
    shownKey.current = location.key;
    if (details.current) details.current.open = false;
  }, [location.key]);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={details} onKeyDown={closeOnEscape} className="group md:hidden">
      <summary className="flex cursor-pointer list-none items-center rounded-md p-2 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
        <Icon name="menu" className="h-6 w-6 group-open:hidden" />
        <Icon name="close" className="hidden h-6 w-6 group-open:block" />
        <span className="sr-only">Menu</span>
      </summary>
      <nav aria-label="Main" className="absolute inset-x-0 top-full z-30 border-b border-stone-200 bg-white px-4 pb-4 shadow-lg dark:border-stone-800 dark:bg-stone-950">
        <MainNavList
          listClassName="flex flex-col"
          linkClassName="block rounded-md px-2 py-3 text-lg text-stone-800 hover:bg-stone-100 aria-[current=page]:font-semibold dark:text-stone-200 dark:hover:bg-stone-800"
        />
        <Link
          to={helpLinks[0].to}
          className="mt-2 block rounded-md border-t border-stone-200 px-2 py-3 text-stone-700 hover:bg-stone-100 dark:border-stone-800 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          {helpLinks[0].label}
        </Link>
      </nav>
    </details>
  );
}
