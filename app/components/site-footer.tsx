import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { navLinks } from "./nav-links";

/** `newsletter` is the signup form, passed in so the footer itself stays presentational. */
export function SiteFooter({ newsletter }: { newsletter?: ReactNode }) {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-50 text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-2">
        <div>
          <h2 className="font-serif text-lg text-stone-900 dark:text-stone-100">Letters from the studio</h2>
          <p className="mt-1 text-sm">New prints and the stories behind them, a few times a year.</p>
          <div className="mt-4">{newsletter}</div>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-2 text-sm">
            {navLinks.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="inline-block rounded-md py-1 hover:text-stone-900 hover:underline dark:hover:text-stone-100">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/cart" className="inline-block rounded-md py-1 hover:text-stone-900 hover:underline dark:hover:text-stone-100">
                Cart
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-stone-200 py-6 text-center text-xs text-stone-600 dark:border-stone-800 dark:text-stone-400">
        © {new Date().getFullYear()} Printroom. Every print made to order and signed by hand.
      </p>
    </footer>
  );
}
