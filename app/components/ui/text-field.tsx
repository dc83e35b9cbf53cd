// A text input (or a textarea) with its label, hint and error: the one way a form asks for text.
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { Field, inputClass } from "./field";

type Common = { label: ReactNode; hint?: ReactNode; error?: string; name: string; className?: string };
type InputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "className" | "id">;
type TextareaProps = Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className" | "id">;

export function TextField(props: InputProps | TextareaProps) {
  const { label, hint, error, className, ...control } = props;
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(aria) => {
        if (control.multiline) {
          const { multiline: _multiline, ...textarea } = control;
          return <textarea {...textarea} {...aria} className={inputClass} />;
        }
        const { multiline: _multiline, ...input } = control;
        return <input {...input} {...aria} className={inputClass} />;
      }}
    </Field>
  );
}
