// /gift-cards: choose an amount, say who it is for and when it should arrive, then pay on the
// payment page (Stripe, or the local test page). The form posts without JavaScript; every field is
// checked on the server by the purchase schema.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  createGiftCardCheckout,
  DomainError,
  GIFT_CARD_MAX_CENTS,
  GIFT_CARD_MESSAGE_MAX,
  GIFT_CARD_MIN_CENTS,
  GIFT_CARD_PRESET_CENTS,
  httpStatusOf,
  parsePurchaseForm,
} from "~/lib/gift-cards.server";
import { ErrorView } from "~/components/error-view";
import { GiftCardPurchaseForm } from "~/components/gift-cards/gift-card-purchase-form";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

const notices = {
  cancelled: "Payment was cancelled; nothing was charged. Your gift card is below, ready when you are.",
  expired: "That payment page expired; nothing was charged. Please fill in the gift card again.",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  return json({
    notice: params.has("cancelled") ? notices.cancelled : params.has("expired") ? notices.expired : null,
    seo: buildSeo(context.env.PUBLIC_URL, {
      title: "Gift cards",
      path: "/gift-cards",
      description: "Give a fine-art print: a Printroom gift card, e-mailed on the day you choose.",
    }),
    limits: { presets: GIFT_CARD_PRESET_CENTS, minCents: GIFT_CARD_MIN_CENTS, maxCents: GIFT_CARD_MAX_CENTS, messageMax: GIFT_CARD_MESSAGE_MAX },
    today: new Date().toISOString().slice(0, 10),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = parsePurchaseForm(await request.formData());
  if (!result.ok) return json({ errors: result.errors, values: result.values, error: null }, { status: 400 });
  try {
    const { url } = await createGiftCardCheckout(context, { sessionId: context.session.ensureId(), purchase: result.purchase });
    return redirect(url, 303);
  } catch (error) {
    if (error instanceof DomainError) return json({ errors: {}, error: error.message }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Gift cards" }]);

export default function GiftCardsPage() {
  const { limits, today, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 className="font-serif text-3xl">Gift cards</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        A gift card for any print or the book, e-mailed to the person you choose on the day you choose. It never expires.{" "}
        <Link to="/gift-cards/balance" className="underline underline-offset-2">
          Check a card’s balance
        </Link>
      </p>
      {notice ? (
        <p role="status" className="mt-6 rounded border border-stone-300 bg-stone-50 p-3 dark:border-stone-600 dark:bg-stone-900">
          {notice}
        </p>
      ) : null}
      {result?.error ? (
        <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {result.error}
        </p>
      ) : null}
      <GiftCardPurchaseForm limits={limits} today={today} errors={result?.errors ?? {}} values={result && "values" in result ? result.values : undefined} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
