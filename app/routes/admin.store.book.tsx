// The photo book's price and stock: one form that works without JavaScript; the store shows the
// change at once (the page caches hear of it when it commits). The action is guarded and audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, bookForm, loadBookForAdmin, requireAdmin, toResponse, updateBook } from "~/lib/admin-store.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { centsToDecimalString } from "~/shared/money";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const book = await loadBookForAdmin(args.context.db).catch((error: unknown) => {
    throw toResponse(error);
  });
  return json({ book }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, bookForm, async ({ price, stock }) => {
    await updateBook(args.context.db, admin, { priceCents: price, stock });
    return redirect("/admin/store/book?saved=1", { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("The photo book");

export default function AdminBook() {
  const { book } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl">{book.title}</h1>
      {params.get("saved") ? (
        <Notice tone="success" className="mt-6">
          Saved; the store shows it now.
        </Notice>
      ) : null}
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={failure} />
        <TextField label="Price in dollars" name="price" inputMode="decimal" required defaultValue={failure?.values.price ?? centsToDecimalString(book.priceCents)} error={failure?.fieldErrors.price} />
        <TextField label="In stock" name="stock" inputMode="numeric" required defaultValue={failure?.values.stock ?? String(book.stock)} error={failure?.fieldErrors.stock} hint="At 0 the book shows as sold out." />
        <Button busy={busy} busyLabel="Saving…" className="justify-self-start">
          Save
        </Button>
      </Form>
    </div>
  );
}
