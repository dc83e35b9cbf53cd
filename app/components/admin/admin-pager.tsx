// The back office's list pages page by a cursor (`before`), so a pager has at most two links: back
// to the first page and on to the next. One component, so every list pages the same way and a
// keyboard or screen reader finds the same "Pages" navigation on each.
import { Link } from "@remix-run/react";

/** The look of a back-office link that acts as a button (a pager's, a filter's "Clear"). */
export const adminLinkClass = "inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

type PagerLink = { to: string; label: string };

/** Nothing when the list fits on one page; the first link only off the first page, the next only when there is more. */
export function AdminPager({ first, next }: { first: PagerLink | null; next: PagerLink | null }) {
  if (!first && !next) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex justify-between gap-4">
      {first ? (
        <Link to={first.to} className={adminLinkClass}>
          {first.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={next.to} rel="next" className={adminLinkClass}>
          {next.label}
        </Link>
      ) : null}
    </nav>
  );
}
