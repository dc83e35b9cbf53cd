// /checkout/success?session_id=…: where the payment page returns the shopper. The order (or the
// gift card bought) appears as soon as the webhook has made it; until then the page says so and
// refreshes itself (with JavaScript) or offers a refresh link (without). An order a gift card paid
// in full had no payment page and comes here as ?checkout_id=….
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useLocation, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { ErrorView } from "~/components/error-view";
import { OrderDetails } from "~/components/orders/order-details";
import { getCheckoutOutcome } from "~/lib/checkout.server";
import { formatMoney } from "~/shared/money";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

const REFRESH_EVERY_MS = 2000;
/** About two minutes: past that the webhook is late, and the confirmation e-mail will say when it lands. */
const MAX_REFRESHES = 60;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const outcome = await getCheckoutOutcome(context.db, {
    providerSessionId: params.get("session_id"),
    checkoutId: params.get("checkout_id"),
    shopperSessionId: context.session.id,
  });
  if (outcome.state === "not_found") throw new Response("We could not find that checkout", { status: 404 });
  return json(
    { outcome, seo: buildSeo(context.env.PUBLIC_URL, { title: "Thank you", path: "/checkout/success", noindex: true }) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Thank you" }]);

/** Re-runs the loader every few seconds while `active`; says whether it gave up. */
function useRefreshWhile(active: boolean): boolean {
  const { revalidate, state } = useRevalidator();
  const [refreshes, setRefreshes] = useState(0);
  const gaveUp = refreshes >= MAX_REFRESHES;
  useEffect(() => {
    if (!active || gaveUp || state !== "idle") return;
    const timer = setTimeout(() => {
      setRefreshes((n) => n + 1);
      revalidate();
    }, REFRESH_EVERY_MS);
    return () => clearTimeout(timer);
  }, [active, gaveUp, state, revalidate]);
  return gaveUp;
}

export default function CheckoutSuccessPage() {
  const { outcome } = useLoaderData<typeof loader>();
  const location = useLocation();
  const gaveUp = useRefreshWhile(outcome.state === "processing");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      {outcome.state === "placed" ? (
        <>
          <h1 className="font-serif text-3xl">Thank you for your order</h1>
          <p className="mt-3" role="status">
            A confirmation is on its way to <strong>{outcome.email}</strong>. Keep your order number to{" "}
            <Link to="/track-order" className="underline underline-offset-2">
              track your order
            </Link>
            .
          </p>
          <OrderDetails order={outcome.order} />
        </>
      ) : outcome.state === "gift_card_issued" ? (
        <>
          <h1 className="font-serif text-3xl">Your gift card is on its way</h1>
          <p className="mt-3" role="status">
            {formatMoney(outcome.giftCard.amountCents, outcome.giftCard.currency)} for <strong>{outcome.giftCard.recipientName}</strong> goes to{" "}
            {outcome.giftCard.recipientEmail} {outcome.giftCard.deliverOn ? `on ${outcome.giftCard.deliverOn}` : "in a few minutes"}. Your receipt is on its way to{" "}
            <strong>{outcome.email}</strong>; only the recipient gets the code.
          </p>
          <Link to="/photos" className="mt-4 inline-block underline underline-offset-2">
            Keep browsing prints
          </Link>
        </>
      ) : outcome.state === "processing" ? (
        <>
          <h1 className="font-serif text-3xl">Confirming your payment…</h1>
          <p className="mt-3" role="status" aria-live="polite">
            {gaveUp
              ? "Your order is still processing. There is no need to pay again: we will e-mail you the moment it is confirmed."
              : "Your order is processing. This usually takes a few seconds; this page updates by itself."}
          </p>
          <a href={location.pathname + location.search} className="mt-4 inline-block underline underline-offset-2">
            Refresh this page
          </a>
        </>
      ) : outcome.state === "awaiting_payment" ? (
        <>
          <h1 className="font-serif text-3xl">Your payment is on its way</h1>
          <p className="mt-3" role="status">
            Your bank is still processing the payment. We will e-mail <strong>{outcome.email}</strong> as soon as it clears and your order is placed.
          </p>
        </>
      ) : (
        <>
          <h1 className="font-serif text-3xl">{outcome.state === "expired" ? "This checkout expired" : "The payment did not go through"}</h1>
          <p className="mt-3">Nothing was charged. Your cart is still here whenever you are ready.</p>
          <Link to="/checkout" className="mt-4 inline-block underline underline-offset-2">
            Back to checkout
          </Link>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
