import { Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { helpLinks, navLinks } from "./nav-links";

const linkClass = "inline-block rounded-md py-2 hover:text-stone-900 hover:underline dark:hover:text-stone-100";

/**
 * `newsletter` is the signup form, passed in so the footer itself stays presentational. The home
 * page has its own signup block, so there the footer points to it rather than offer a second form.
 */
export function SiteFooter({ newsletter }: { newsletter?: ReactNode }) {
  const onHome = useLocation().pathname === "/";
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-50 text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[3fr,2fr,2fr]">
        <div>
          <h2 className="font-serif text-lg text-stone-900 dark:text-stone-100">Letters from the studio</h2>
          <p className="mt-1 text-sm">New prints and the stories behind them, a few times a year.</p>
          {onHome ? (
            <a href="#newsletter" className="mt-2 inline-block py-2 text-sm underline underline-offset-2">
              Sign up on this page
            </a>
          ) : (
            <div className="mt-4">{newsletter}</div>
          )}
        </div>
        <nav aria-label="Footer">
          <h2 className="font-serif text-lg text-stone-900 dark:text-stone-100">The shop</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 text-sm md:grid-cols-1">
            {navLinks.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/cart" className={linkClass}>
                Cart
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Help">
          <h2 className="font-serif text-lg text-stone-900 dark:text-stone-100">Help</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 text-sm md:grid-cols-1">
            {helpLinks.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-stone-200 py-6 text-center text-xs text-stone-600 dark:border-stone-800 dark:text-stone-400">
        © {new Date().getFullYear()} Printroom. Every print made to order and signed by hand.
      </p>
    </footer>
  );
}
