// The code field of every gift card form: long enough for any paste, no autofill, no autocorrect,
// shown as the code is printed. It takes its label, hint and error wiring from a Field.
import type { FieldControlProps } from "~/components/ui/field";
import { inputClass } from "~/components/ui/field";

/** `defaultValue` is what the shopper typed, shown again after a refusal (a page posted without JavaScript starts empty). */
export function GiftCardCodeInput({ control, className = "", defaultValue }: { control: FieldControlProps; className?: string; defaultValue?: string }) {
  return (
    <input
      {...control}
      name="code"
      required
      maxLength={100}
      defaultValue={defaultValue}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      className={`${inputClass} font-mono tracking-wider ${className}`}
    />
  );
}
