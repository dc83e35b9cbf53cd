// Shows that a page is on its way once a navigation takes longer than a blink (finding 16).
import { useNavigation } from "@remix-run/react";

export function PendingBar() {
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location !== undefined;
  return (
    <>
      <div
        aria-hidden="true"
        className={`pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5 origin-left bg-stone-900 transition-[transform,opacity] dark:bg-stone-100 ${
          busy ? "scale-x-75 opacity-100 delay-150 duration-[2000ms] ease-out" : "scale-x-0 opacity-0 duration-200"
        }`}
      />
      <p className="sr-only" role="status">
        {busy ? "Loading page…" : ""}
      </p>
    </>
  );
}
