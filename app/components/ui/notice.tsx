// A boxed message above content: news for the shopper (a status) or a problem (an alert).
import type { ReactNode } from "react";

export type NoticeTone = "info" | "success" | "error";

const tones: Record<NoticeTone, string> = {
  info: "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100",
};

export function Notice({ tone = "info", className = "", id, children }: { tone?: NoticeTone; className?: string; id?: string; children: ReactNode }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`rounded-md border p-3 ${tones[tone]} ${className}`}>
      {children}
    </div>
  );
}
