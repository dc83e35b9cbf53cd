// One photo in the back office: its details, its image (uploaded to /admin/photos/upload/:id, which
// takes the larger body) and a link to its prices. Every change is audited and shows in the store at once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { PhotoFields } from "~/components/admin/photo-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { adminResponseHeaders, requireAdmin, toResponse } from "~/lib/admin.server";
import { listAdminCollections, loadAdminPhoto, photoFormSchema, updatePhotoAsAdmin } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const photo = await loadAdminPhoto(args.context.db, args.params.id).catch((error: unknown) => {
    throw toResponse(error);
  });
  const collections = await listAdminCollections(args.context.db);
  return json({ photo, collections: collections.map(({ id, title }) => ({ id, title })) }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, photoFormSchema, async (input) => {
    const photo = await updatePhotoAsAdmin(args.context.db, admin, args.params.id, input);
    return redirect(`/admin/photos/${photo.id}?done=saved`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? data.photo.title : "Photo");

const DONE: Record<string, string> = {
  created: "The photo is made. Upload its image, then set its prices.",
  saved: "Saved; the store shows it now.",
  uploaded: "The image is stored; its smaller copies are being made.",
};

export default function AdminPhoto() {
  const { photo, collections } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/admin/photos" className="inline-block py-2 text-sm underline underline-offset-2">
          All photos
        </Link>
      </p>
      <h1 className="font-serif text-3xl">{photo.title}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        /photos/{photo.slug} · {photo.orientation} · {photo.isActive ? "on sale" : "not on sale"} ·{" "}
        <Link to={`/admin/photos/${photo.id}/prices`} className="underline underline-offset-2">
          Prices
        </Link>
      </p>
      {done && !failure ? (
        <Notice tone="success" className="mt-4">
          {done}
        </Notice>
      ) : null}

      <section aria-labelledby="image" className="mt-8">
        <h2 id="image" className="font-serif text-xl">
          Image
        </h2>
        <p className="mt-2">{photo.hasOriginal ? "An image is stored; uploading another replaces it." : "No image yet: the photo cannot go on sale without one."}</p>
        <Form method="post" action={`/admin/photos/upload/${photo.id}`} encType="multipart/form-data" reloadDocument className="mt-4 grid gap-3">
          <label htmlFor="image-file" className="font-medium">
            Image file
          </label>
          <p className="text-sm text-stone-600 dark:text-stone-400">JPEG, PNG, WebP or AVIF, up to 40 MB and 70 megapixels.</p>
          <input id="image-file" type="file" name="image" accept="image/jpeg,image/png,image/webp,image/avif" required className="min-h-11" />
          <Button className="justify-self-start">Upload the image</Button>
        </Form>
      </section>

      <section aria-labelledby="details" className="mt-10">
        <h2 id="details" className="font-serif text-xl">
          Details
        </h2>
        <Form method="post" noValidate className="mt-4 grid gap-6">
          <FormErrors failure={failure} />
          <PhotoFields photo={photo} collections={collections} failure={failure} canActivate />
          <Button className="justify-self-start">Save the photo</Button>
        </Form>
      </section>
    </div>
  );
}
