// /gift-cards/balance: check what is left on a gift card. A plain POST form, so it works without
// JavaScript and the code never appears in a URL; the answer for any unusable code is one message.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { checkGiftCardForClient, DomainError, httpStatusOf } from "~/lib/gift-cards.server";
import { ErrorView } from "~/components/error-view";
import { GiftCardBalance } from "~/components/gift-cards/gift-card-balance";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { GiftCardCodeInput } from "~/components/gift-cards/gift-card-code-input";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Gift card balance", path: "/gift-cards/balance", noindex: true }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  try {
    return json({ check: await checkGiftCardForClient(context, { code: form.get("code") ?? "" }) });
  } catch (error) {
    if (error instanceof DomainError) return json({ error: error.message }, { status: httpStatusOf(error) });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Gift card balance" }]);

export default function GiftCardBalancePage() {
  const result = useActionData<typeof action>();
  const checking = useNavigation().state === "submitting";
  const inputId = useId();
  const hintId = useId();
  const problem = result && "error" in result ? result.error : result && !result.check.valid ? result.check.message : null;
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Gift card balance</h1>
      <Form method="post" className="mt-6 flex flex-col gap-2">
        <label htmlFor={inputId} className="font-medium">
          Gift card code
        </label>
        <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
          16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Dashes, spaces and case don’t matter.
        </p>
        <GiftCardCodeInput id={inputId} invalid={Boolean(problem)} describedBy={problem ? `${hintId} ${inputId}-problem` : hintId} />
        <button
          type="submit"
          disabled={checking}
          className="mt-2 h-11 self-start rounded-md bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          {checking ? "Checking…" : "Check balance"}
        </button>
      </Form>
      {problem ? (
        <p id={`${inputId}-problem`} role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {problem}
        </p>
      ) : null}
      {result && "check" in result && result.check.valid ? <GiftCardBalance card={result.check} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
