// What a shopper sees when a page fails: a 404 page with ways on, a clear message and a fresh start
// for a bad link, or an apology with "Try again" (it reloads the page's data) for anything else
// (finding 16). Internals never reach the page.
import { isRouteErrorResponse, Link, useLocation, useRevalidator, useRouteError } from "@remix-run/react";
import type { MouseEvent } from "react";
import { NotFound } from "./not-found";
import { buttonClass } from "~/components/ui/button";

function TryAgain() {
  const revalidator = useRevalidator();
  const location = useLocation();
  const busy = revalidator.state === "loading";
  function retryInPlace(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    revalidator.revalidate();
  }
  return (
    <a
      href={location.pathname + location.search}
      onClick={retryInPlace}
      aria-disabled={busy}
      className={buttonClass("primary", "mt-8")}
    >
      {busy ? "Trying again…" : "Try again"}
    </a>
  );
}

export function ErrorView() {
  const error = useRouteError();
  const location = useLocation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound message={typeof error.data === "string" && error.data !== "" && error.data.length < 200 ? `${error.data}.` : undefined} />;
  }
  const badRequest = isRouteErrorResponse(error) && error.status >= 400 && error.status < 500;
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <h1 className="font-serif text-4xl text-stone-900 dark:text-stone-100">{badRequest ? "That link didn’t work" : "Something went wrong"}</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        {badRequest && typeof error.data === "string" ? error.data : "Sorry — the page could not be loaded just now. Your cart is safe."}
      </p>
      {badRequest ? (
        <Link to={location.pathname} className={buttonClass("primary", "mt-8")}>
          Start again
        </Link>
      ) : (
        <TryAgain />
      )}
    </div>
  );
}
