// One collection in the back office: its details and cover, and which photos are in it (two forms,
// told apart by their `intent`). Every change is audited and shows in the store at once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CollectionFields } from "~/components/admin/collection-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { adminResponseHeaders, requireAdmin, toResponse } from "~/lib/admin.server";
import { collectionFormSchema, collectionPhotosFormSchema, listCollectionPhotoChoices, loadAdminCollection, setCollectionPhotos, updateCollectionAsAdmin } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const collection = await loadAdminCollection(args.context.db, args.params.id).catch((error: unknown) => {
    throw toResponse(error);
  });
  const photos = await listCollectionPhotoChoices(args.context.db, collection.id);
  return json({ collection, photos }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  const { db } = args.context;
  const page = `/admin/collections/${encodeURIComponent(args.params.id ?? "")}`;
  return handleForm(
    args.request,
    (form) => (form.get("intent") === "photos" ? collectionPhotosFormSchema : collectionFormSchema),
    async (input) => {
      if ("photoIds" in input) {
        await setCollectionPhotos(db, admin, args.params.id, input);
        return redirect(`${page}?done=photos`, { status: 303, headers: adminResponseHeaders });
      }
      await updateCollectionAsAdmin(db, admin, args.params.id, input);
      return redirect(`${page}?done=saved`, { status: 303, headers: adminResponseHeaders });
    },
  ).catch((error: unknown) => {
    throw toResponse(error);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? data.collection.title : "Collection");

const DONE: Record<string, string> = {
  created: "The collection is made. Choose its photos below, then its cover.",
  saved: "Saved; the store shows it now.",
  photos: "Its photos are saved; the store shows them now.",
};

export default function AdminCollection() {
  const { collection, photos } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const members = photos.filter((photo) => photo.inCollection);
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/admin/collections" className="inline-block py-2 text-sm underline underline-offset-2">
          All collections
        </Link>
      </p>
      <h1 className="font-serif text-3xl">{collection.title}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        /collections/{collection.slug} · {members.length === 1 ? "1 photo" : `${members.length} photos`} · {collection.isActive ? "shown" : "hidden"}
      </p>
      {done && !failure ? (
        <Notice tone="success" className="mt-4">
          {done}
        </Notice>
      ) : null}

      <section aria-labelledby="details" className="mt-8">
        <h2 id="details" className="font-serif text-xl">
          Details
        </h2>
        <Form method="post" noValidate className="mt-4 grid gap-6">
          <input type="hidden" name="intent" value="details" />
          <FormErrors failure={failure} />
          <CollectionFields collection={collection} covers={members} failure={failure} />
          <Button className="justify-self-start">Save the collection</Button>
        </Form>
      </section>

      <section aria-labelledby="photos" className="mt-10">
        <h2 id="photos" className="font-serif text-xl">
          Photos
        </h2>
        <p className="mt-2">Ticked photos are in the collection. Photos of another collection are moved from their own page.</p>
        {photos.length === 0 ? (
          <p className="mt-4">There are no photos outside a collection to add.</p>
        ) : (
          <Form method="post" className="mt-4 grid gap-4">
            <input type="hidden" name="intent" value="photos" />
            <fieldset className="grid gap-2">
              <legend className="font-medium">Photos in {collection.title}</legend>
              {photos.map((photo) => (
                <label key={photo.id} className="flex min-h-11 items-center gap-3">
                  <input type="checkbox" name={`photo:${photo.id}`} defaultChecked={photo.inCollection} className="h-5 w-5" />
                  {photo.title}
                  {photo.isActive ? null : <span className="text-stone-600 dark:text-stone-400">(not on sale)</span>}
                </label>
              ))}
            </fieldset>
            <Button className="justify-self-start">Save its photos</Button>
          </Form>
        )}
      </section>
    </div>
  );
}
