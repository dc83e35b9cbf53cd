// The shop's one button shape (its look is `.button` in app.css): primary for the step forward,
// secondary beside it, quiet for small actions in a list. `buttonClass` styles a link the same way.
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

const looks: Record<ButtonVariant, string> = { primary: "button-primary", secondary: "button-secondary", quiet: "button-quiet" };

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `button ${looks[variant]} ${extra}`.trim();
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; busy?: boolean; busyLabel?: string };

/** `busy` disables the button while its form is on its way and says so in `busyLabel`. */
export function Button({ variant = "primary", busy = false, busyLabel, className = "", type = "submit", disabled, children, ...rest }: Props) {
  return (
    <button type={type} disabled={disabled || busy} className={buttonClass(variant, className)} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
