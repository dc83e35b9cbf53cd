// Below the picker on the photo page: the chosen size drawn to scale, and what each material is.
// Part of the photo page's own code (see the page for why it is not loaded lazily).
import type { MaterialGuide } from "../../server/catalog/materials";
import { materialNames } from "../lib/json-ld";
import type { VariantOption } from "../lib/variants";
import { PrintSizeSketch } from "./print-size-sketch";

const aspectNames = { what: "What it is", finish: "Finish", mounting: "Mounting", hanging: "Hanging" } as const;

export function PrintGuide({ selected, materials }: { selected: VariantOption; materials: MaterialGuide[] }) {
  return (
    <>
      <section aria-labelledby="size-heading" className="mt-10">
        <h2 id="size-heading" className="font-serif text-xl text-stone-900 dark:text-stone-100">How big it is</h2>
        <div className="mt-3">
          <PrintSizeSketch widthIn={selected.widthIn} heightIn={selected.heightIn} />
        </div>
      </section>
      <section aria-labelledby="materials-heading" className="mt-10">
        <h2 id="materials-heading" className="font-serif text-xl text-stone-900 dark:text-stone-100">The materials</h2>
        {materials.map((guide) => (
          <details key={guide.material} open={guide.material === selected.material} className="mt-3 border-b border-stone-200 pb-3 dark:border-stone-800">
            <summary className="flex min-h-11 cursor-pointer items-center font-medium text-stone-900 dark:text-stone-100">{materialNames[guide.material]}</summary>
            <dl className="mt-1 space-y-2 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
              {(["what", "finish", "mounting", "hanging"] as const).map((aspect) => (
                <div key={aspect}>
                  <dt className="inline font-medium text-stone-900 dark:text-stone-100">{aspectNames[aspect]}: </dt>
                  <dd className="inline">{guide[aspect]}</dd>
                </div>
              ))}
            </dl>
          </details>
        ))}
      </section>
    </>
  );
}
