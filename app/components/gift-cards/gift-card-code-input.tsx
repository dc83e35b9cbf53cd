// The code field of every gift card form: long enough for any paste, no autofill, no autocorrect,
// shown as the code is printed. It takes its label, hint and error wiring from a Field.
import type { FieldControlProps } from "~/components/ui/field";
import { inputClass } from "~/components/ui/field";

export function GiftCardCodeInput({ control, className = "" }: { control: FieldControlProps; className?: string }) {
  return (
    <input
      {...control}
      name="code"
      required
      maxLength={100}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      className={`${inputClass} font-mono tracking-wider ${className}`}
    />
  );
}
