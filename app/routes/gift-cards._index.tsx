// /gift-cards: choose an amount, say who it is for and when it should arrive, then pay on the
// payment page (Stripe, or the local test page). The form posts without JavaScript; every field is
// checked on the server by the purchase schema.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { GiftCardPurchaseForm } from "~/components/gift-cards/gift-card-purchase-form";
import { Notice } from "~/components/ui/notice";
import { handleForm } from "~/lib/forms.server";
import {
  createGiftCardCheckout,
  GIFT_CARD_MAX_CENTS,
  GIFT_CARD_MESSAGE_MAX,
  GIFT_CARD_MIN_CENTS,
  GIFT_CARD_PRESET_CENTS,
  giftCardPurchaseFormSchema,
} from "~/lib/gift-cards.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { giftCardReturnPaths } from "~/shared/checkout-paths";
import { formFailureOf } from "~/shared/form-result";

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
  return handleForm(request, giftCardPurchaseFormSchema, async (purchase) => {
    const started = await createGiftCardCheckout(context, { sessionId: context.session.ensureId(), purchase, returnPaths: giftCardReturnPaths });
    return redirect(started.paymentUrl, 303);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Gift cards" }]);

export default function GiftCardsPage() {
  const { limits, today, notice } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 className="font-serif text-3xl">Gift cards</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        A gift card for any print or the book, e-mailed to the person you choose on the day you choose. It never expires.{" "}
        <Link to="/gift-cards/balance" className="underline underline-offset-2">
          Check a card’s balance
        </Link>
      </p>
      {notice ? <Notice className="mt-6">{notice}</Notice> : null}
      <GiftCardPurchaseForm limits={limits} today={today} failure={failure} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
