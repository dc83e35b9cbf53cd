// The prints of a shared mockup: each one's photo, size in inches and centimetres, material and
// price as the catalogue has them now, and what they cost together.
import { Link } from "@remix-run/react";
import { materialNames } from "~/lib/json-ld";
import { formatMoney } from "~/shared/money";
import { formatSize, type PrintMaterial } from "~/shared/wall";

export type ListedPrint = { id: string; photoTitle: string; photoSlug: string; variantId: number; material: PrintMaterial; width: number; height: number; priceCents: number };

export function MockupPrintList({ prints, totalCents }: { prints: ListedPrint[]; totalCents: number }) {
  return (
    <div>
      <ul className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
        {prints.map((print) => (
          <li key={print.id} className="flex items-baseline justify-between gap-4 py-3">
            <div>
              <Link to={`/photos/${print.photoSlug}?variant=${print.variantId}`} className="rounded-md font-medium text-stone-900 underline underline-offset-4 dark:text-stone-100">
                {print.photoTitle}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {formatSize(print.width, print.height)} · {materialNames[print.material]}
              </p>
            </div>
            <p className="shrink-0 text-stone-900 dark:text-stone-100">{formatMoney(print.priceCents)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 flex justify-between text-lg text-stone-900 dark:text-stone-100">
        <span>Total for {prints.length === 1 ? "1 print" : `${prints.length} prints`}</span>
        <span>{formatMoney(totalCents)}</span>
      </p>
    </div>
  );
}
