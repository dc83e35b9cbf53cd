// Keyset pagination: "next" carries the cursor; "first page" drops it. Plain links, so it works without JS.
import { Link } from "@remix-run/react";
import { Icon } from "./icon";

export function PaginationNav({ firstHref, nextHref, onFirstPage }: { firstHref: string; nextHref: string | null; onFirstPage: boolean }) {
  if (!nextHref && onFirstPage) return null;
  const linkClass =
    "inline-flex items-center gap-2 rounded-md border border-stone-300 px-4 py-2 text-stone-900 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-800";
  return (
    <nav aria-label="Pages" className="mt-12 flex justify-between gap-4">
      {onFirstPage ? <span /> : (
        <Link to={firstHref} className={linkClass}>
          <Icon name="arrowLeft" className="h-4 w-4" /> First page
        </Link>
      )}
      {nextHref ? (
        <Link to={nextHref} className={linkClass}>
          Next page <Icon name="arrowRight" className="h-4 w-4" />
        </Link>
      ) : null}
    </nav>
  );
}
