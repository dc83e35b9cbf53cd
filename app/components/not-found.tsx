import { Form, Link } from "@remix-run/react";
import { buttonClass } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";

export function NotFound({ message }: { message?: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-medium uppercase tracking-widest text-stone-600 dark:text-stone-400">404</p>
      <h1 className="mt-2 font-serif text-4xl text-stone-900 dark:text-stone-100">We couldn’t find that page</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{message ?? "The link may be old, or the print may have been retired."} Try a search, or start from one of these:</p>
      <Form method="get" action="/photos" className="mx-auto mt-8 flex max-w-md gap-2" role="search" aria-label="Search from this page">
        <label htmlFor="not-found-search" className="sr-only">
          Search prints
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          placeholder="Search prints, places, subjects"
          className={`${inputClass} min-w-0 flex-1`}
        />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </Form>
      <ul className="mt-8 flex flex-wrap justify-center gap-x-6 gap-y-2 text-stone-900 underline underline-offset-4 dark:text-stone-100">
        <li><Link to="/" className="rounded-md">Home</Link></li>
        <li><Link to="/photos" className="rounded-md">All prints</Link></li>
        <li><Link to="/collections" className="rounded-md">Collections</Link></li>
        <li><Link to="/contact" className="rounded-md">Contact the studio</Link></li>
      </ul>
    </div>
  );
}
