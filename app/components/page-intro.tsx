import type { ReactNode } from "react";

export function PageIntro({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="py-10 sm:py-14">
      <h1 className="font-serif text-4xl text-stone-900 sm:text-5xl dark:text-stone-100">{title}</h1>
      {lead ? <p className="mt-3 max-w-2xl text-lg text-stone-700 dark:text-stone-300">{lead}</p> : null}
      {children}
    </div>
  );
}
