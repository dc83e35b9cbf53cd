// What a deleted mockup's link answers (410): who deleted it, and the ways on to the prints.
import { Link } from "@remix-run/react";
import { buttonClass } from "~/components/ui/button";

export function MockupGone() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-medium uppercase tracking-widest text-stone-600 dark:text-stone-400">410</p>
      <h1 className="mt-2 font-serif text-4xl text-stone-900 dark:text-stone-100">This mockup was deleted by its owner</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">The prints it showed are still in the shop, and you can try any of them on your own wall.</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link to="/photos" className={buttonClass("primary")}>
          Browse the prints
        </Link>
        <Link to="/wall" className={buttonClass("secondary")}>
          Try prints on your wall
        </Link>
      </div>
    </div>
  );
}

