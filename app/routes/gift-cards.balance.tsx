// /gift-cards/balance: check what is left on a gift card. A plain POST form, so it works without
// JavaScript and the code never appears in a URL; the answer for any unusable code is one message.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorView } from "~/components/error-view";
import { GiftCardBalance } from "~/components/gift-cards/gift-card-balance";
import { GiftCardCodeInput } from "~/components/gift-cards/gift-card-code-input";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormErrors, useFieldProblem } from "~/components/ui/form-errors";
import { handleForm } from "~/lib/forms.server";
import { checkGiftCardForClient, checkGiftCardInput } from "~/lib/gift-cards.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ seo: buildSeo(context.env.PUBLIC_URL, { title: "Gift card balance", path: "/gift-cards/balance", noindex: true }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, checkGiftCardInput, async (input, form) => {
    const check = await checkGiftCardForClient(context, input);
    // An unusable code comes back as typed, so a typo can be corrected without JavaScript too.
    return json({ ok: true as const, check, typed: check.valid ? null : String(form.get("code") ?? "") });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Gift card balance" }]);

export default function GiftCardBalancePage() {
  const result = useActionData<typeof action>();
  const checking = useNavigation().state === "submitting";
  const check = result?.ok ? result.check : null;
  const typed = result?.ok ? (result.typed ?? undefined) : undefined;
  // An unusable code is an answer, not a refused form: it is shown beside the field all the same.
  const unusable = useFieldProblem("code", check && !check.valid ? check.message : null, typed);
  const failure = formFailureOf(result) ?? unusable;
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Gift card balance</h1>
      <Form method="post" noValidate className="mt-6 flex flex-col gap-4">
        <FormErrors failure={failure} />
        <Field label="Gift card code" hint="16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Dashes, spaces and case don’t matter." error={failure?.fieldErrors.code}>
          {(control) => <GiftCardCodeInput control={control} defaultValue={failure?.values.code} />}
        </Field>
        <Button busy={checking} busyLabel="Checking…" className="self-start">
          Check balance
        </Button>
      </Form>
      {check?.valid ? <GiftCardBalance card={check} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
