// Size × material. Each choice is a link to ?variant=ID, so it works without JavaScript and the
// chosen print is in the URL to share; with JavaScript it swaps in place without a server trip.
// Without JavaScript the link's fragment brings the page back to the picker (PICKER_ID), not to the top.
import { materialNames } from "../lib/json-ld";
import { formatMoney } from "~/shared/money";
import { useSoftNavigation } from "../lib/soft-navigation";
import { sizeLabel, sizeLabelCm, type VariantOption } from "../lib/variants";

const materialOrder = ["paper", "canvas", "metal"] as const;

const optionClass = "variant-choice";

export const PICKER_ID = "choose-print";

export function VariantPicker({ variants, selected }: { variants: VariantOption[]; selected: VariantOption }) {
  const materials = materialOrder.filter((m) => variants.some((v) => v.material === m));
  const sizes = variants.filter((v) => v.material === selected.material).sort((a, b) => a.priceCents - b.priceCents);
  /** Switching material keeps the size when that size exists in the new material. */
  const targetFor = (material: VariantOption["material"]) => {
    const options = variants.filter((v) => v.material === material).sort((a, b) => a.priceCents - b.priceCents);
    return options.find((v) => v.widthIn === selected.widthIn && v.heightIn === selected.heightIn) ?? options[0]!;
  };
  // In place, the picker is already where the shopper is looking: jumping to the fragment would move it.
  const choose = useSoftNavigation({ replace: true, preventScrollReset: true, dropHash: true });
  return (
    <div className="space-y-5">
      <div role="group" aria-labelledby="material-label">
        <p id="material-label" className="mb-2 text-sm font-medium text-stone-800 dark:text-stone-200">Material</p>
        <ul className="flex flex-wrap gap-2">
          {materials.map((material) => (
            <li key={material}>
              <a href={`?variant=${targetFor(material).id}#${PICKER_ID}`} onClick={choose} aria-current={material === selected.material} className={optionClass}>
                {materialNames[material]}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div role="group" aria-labelledby="size-label">
        <p id="size-label" className="mb-2 text-sm font-medium text-stone-800 dark:text-stone-200">Size</p>
        <ul className="flex flex-wrap gap-2">
          {sizes.map((variant) => (
            <li key={variant.id}>
              <a href={`?variant=${variant.id}#${PICKER_ID}`} onClick={choose} aria-current={variant.id === selected.id} className={optionClass}>
                {sizeLabel(variant)} <span className="opacity-80">· {formatMoney(variant.priceCents)}</span>
                <span className="block text-xs opacity-80">{sizeLabelCm(variant)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
