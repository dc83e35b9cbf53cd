// The gift card amount: preset choices and a bounded amount of the buyer's own, as one radio group.
import { useId } from "react";
import { formatMoney } from "~/shared/money";
import { inputClass } from "~/components/ui/field";

type Props = { presets: readonly number[]; minCents: number; maxCents: number; selected: string; customAmount: string; error?: string; customError?: string };

export function AmountPicker({ presets, minCents, maxCents, selected, customAmount, error, customError }: Props) {
  const id = useId();
  const problem = error ?? customError;
  return (
    <fieldset aria-describedby={problem ? `${id}-error` : undefined} className="flex flex-col gap-2">
      <legend className="font-medium">Amount</legend>
      <div className="flex flex-wrap gap-3">
        {presets.map((cents) => (
          <label key={cents} className="flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-600">
            <input type="radio" name="amount" value={String(cents)} defaultChecked={selected === String(cents)} />
            {formatMoney(cents)}
          </label>
        ))}
        <label className="flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-600">
          <input type="radio" name="amount" value="custom" defaultChecked={selected === "custom"} />
          Another amount
        </label>
      </div>
      <label htmlFor={`${id}-custom`} className="mt-1 text-sm">
        Another amount, in dollars ({formatMoney(minCents)} to {formatMoney(maxCents)})
      </label>
      <input
        id={`${id}-custom`}
        name="customAmount"
        inputMode="decimal"
        defaultValue={customAmount}
        aria-invalid={customError ? true : undefined}
        aria-describedby={customError ? `${id}-error` : undefined}
        className={`${inputClass} max-w-40`}
      />
      {problem ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
