// The two halves of the People section: the subscriber list and the contact inbox.
import { NavLink } from "@remix-run/react";

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium ${
    isActive ? "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
  }`;

export function PeopleTabs({ waiting }: { waiting?: number }) {
  return (
    <nav aria-label="People" className="mt-4">
      <ul className="flex flex-wrap gap-1">
        <li>
          <NavLink to="/admin/people" end className={tabClass}>
            Subscribers
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/people/inbox" className={tabClass}>
            Contact inbox{waiting ? ` (${waiting} waiting)` : ""}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
