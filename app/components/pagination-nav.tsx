// Keyset pagination: "Next" carries the cursor of this page's last photo, "Previous" the one
// before the previous page's first (or none, for the first page). Plain links, so it works without JS.
import { Link } from "@remix-run/react";
import { Icon } from "./icon";

const linkClass =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-4 py-2 text-stone-900 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-800";

export function PaginationNav({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  if (!nextHref && !previousHref) return null;
  return (
    <nav aria-label="Pages" className="mt-12 flex justify-between gap-4">
      {previousHref ? (
        <Link to={previousHref} rel="prev" className={linkClass}>
          <Icon name="arrowLeft" className="h-4 w-4" /> Previous page
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link to={nextHref} rel="next" className={linkClass}>
          Next page <Icon name="arrowRight" className="h-4 w-4" />
        </Link>
      ) : null}
    </nav>
  );
}
