// The shop's one button shape: primary for the step forward, secondary beside it, quiet for small
// actions in a list. `buttonClass` styles a link that acts as a button the same way.
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

const shape =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:cursor-not-allowed disabled:opacity-60 dark:focus-visible:outline-stone-100";
const looks: Record<ButtonVariant, string> = {
  primary: "bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white",
  secondary: "border border-stone-400 text-stone-900 hover:bg-stone-100 dark:border-stone-500 dark:text-stone-100 dark:hover:bg-stone-800",
  quiet: "px-3 text-stone-700 underline-offset-2 hover:underline dark:text-stone-300",
};

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `${shape} ${looks[variant]} ${extra}`.trim();
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; busy?: boolean; busyLabel?: string };

/** `busy` disables the button while its form is on its way and says so in `busyLabel`. */
export function Button({ variant = "primary", busy = false, busyLabel, className = "", type = "submit", disabled, children, ...rest }: Props) {
  return (
    <button type={type} disabled={disabled || busy} aria-disabled={disabled || busy || undefined} className={buttonClass(variant, className)} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
