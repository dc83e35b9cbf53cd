// A new collection: its title and address; photos and a cover are chosen on its own page next.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { CollectionFields } from "~/components/admin/collection-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { collectionFormSchema, createCollectionAsAdmin } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  return json({}, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, collectionFormSchema, async (input) => {
    const collection = await createCollectionAsAdmin(args.context.db, admin, input);
    return redirect(`/admin/collections/${collection.id}?done=created`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("New collection");

export default function NewCollection() {
  const failure = formFailureOf(useActionData<typeof action>());
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl">New collection</h1>
      <p className="mt-2">Choose its photos and its cover on the next page.</p>
      <Form method="post" noValidate className="mt-6 grid gap-6">
        <FormErrors failure={failure} />
        <CollectionFields failure={failure} />
        <Button className="justify-self-start">Create the collection</Button>
      </Form>
    </div>
  );
}
