// A new photo: its details first; it goes on sale once its image is uploaded and it is ticked on sale.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PhotoFields } from "~/components/admin/photo-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { createPhotoAsAdmin, listAdminCollections, photoFormSchema } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const collections = await listAdminCollections(args.context.db);
  return json({ collections: collections.map(({ id, title }) => ({ id, title })) }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, photoFormSchema, async (input) => {
    const photo = await createPhotoAsAdmin(args.context.db, admin, input);
    return redirect(`/admin/photos/${photo.id}?done=created`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("New photo");

export default function NewPhoto() {
  const { collections } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl">New photo</h1>
      <p className="mt-2">Its address is made from the title. Upload its image and set its prices on the next page.</p>
      <Form method="post" noValidate className="mt-6 grid gap-6">
        <FormErrors failure={failure} />
        <PhotoFields collections={collections} failure={failure} canActivate={false} />
        <Button className="justify-self-start">Create the photo</Button>
      </Form>
    </div>
  );
}
