// The code field of every gift card form: long enough for any paste, no autofill, no autocorrect,
// shown as the code is printed. `describedBy` names the hint and the problem, when there are any.
const baseClass = "h-11 rounded-md border border-stone-400 bg-white px-3 font-mono tracking-wider dark:border-stone-500 dark:bg-stone-950";

export function GiftCardCodeInput({ id, describedBy, invalid, className = "" }: { id: string; describedBy?: string; invalid: boolean; className?: string }) {
  return (
    <input
      id={id}
      name="code"
      required
      maxLength={100}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      className={`${baseClass} ${className}`}
    />
  );
}
