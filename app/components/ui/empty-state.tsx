// What a page says when it has nothing to show yet, with the way forward.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: { to: string; label: string; onClick?: () => void } }) {
  return (
    <div className="flex flex-col items-start gap-3 py-8">
      <p className="font-serif text-xl">{title}</p>
      {children ? <div className="text-stone-700 dark:text-stone-300">{children}</div> : null}
      {action ? (
        <Link to={action.to} onClick={action.onClick} className={buttonClass("primary")}>
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
