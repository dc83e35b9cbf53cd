// /gift-cards: choose an amount, say who it is for and when it should arrive. The form posts
// without JavaScript; every field is checked on the server by the purchase schema.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GIFT_CARD_MAX_CENTS, GIFT_CARD_MESSAGE_MAX, GIFT_CARD_MIN_CENTS, GIFT_CARD_PRESET_CENTS, parsePurchaseForm } from "~/lib/gift-cards.server";
import { ErrorView } from "~/components/error-view";
import { GiftCardPurchaseForm } from "~/components/gift-cards/gift-card-purchase-form";
import { formatMoney } from "~/lib/money";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({
    seo: buildSeo(context.env.PUBLIC_URL, {
      title: "Gift cards",
      path: "/gift-cards",
      description: "Give a fine-art print: a Printroom gift card, e-mailed on the day you choose.",
    }),
    limits: { presets: GIFT_CARD_PRESET_CENTS, minCents: GIFT_CARD_MIN_CENTS, maxCents: GIFT_CARD_MAX_CENTS, messageMax: GIFT_CARD_MESSAGE_MAX },
    today: new Date().toISOString().slice(0, 10),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const result = parsePurchaseForm(await request.formData());
  if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: 400 });
  // Payment for gift cards is connected in the checkout work; until then a valid form takes no money.
  return json({ accepted: { amountCents: result.purchase.amountCents, recipientName: result.purchase.recipientName } });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Gift cards" }]);

export default function GiftCardsPage() {
  const { limits, today } = useLoaderData<typeof loader>();
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
      {result && "accepted" in result ? (
        <p role="status" className="mt-6 rounded border border-stone-300 p-4 dark:border-stone-700">
          Your gift card of {formatMoney(result.accepted.amountCents)} for {result.accepted.recipientName} is ready, but gift card payments are not open yet.
          Nothing has been charged.
        </p>
      ) : (
        <GiftCardPurchaseForm limits={limits} today={today} errors={result?.errors ?? {}} values={result?.values} />
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
