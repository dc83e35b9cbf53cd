// One shipping zone: its name, countries, threshold and rate table saved as one form, and its
// deletion behind a ticked box. Quotes read the database, so a save prices the next cart at once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ZoneFields } from "~/components/admin/zone-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, deleteZone, loadZoneForAdmin, requireAdmin, saveZone, toResponse, zoneDeleteForm, zoneEditForm } from "~/lib/admin-shipping.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const zone = await loadZoneForAdmin(args.context.db, args.params.zone ?? "").catch((error: unknown) => {
    throw toResponse(error);
  });
  return json({ zone }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  const code = args.params.zone ?? "";
  return handleForm(args.request, (form) => (form.get("intent") === "delete" ? zoneDeleteForm : zoneEditForm), async (input) => {
    if ("intent" in input) {
      await deleteZone(args.context.db, admin, code);
      return redirect("/admin/shipping?done=deleted", { status: 303, headers: adminResponseHeaders });
    }
    await saveZone(args.context.db, admin, { ...input, code }, "update");
    return redirect(`/admin/shipping/${code}?done=saved`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? data.zone.name : "Shipping zone");

export default function AdminZone() {
  const { zone } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const navigation = useNavigation();
  const deleting = navigation.state === "submitting" && navigation.formData?.get("intent") === "delete";
  const saving = navigation.state === "submitting" && !deleting;
  const [params] = useSearchParams();
  const done = params.get("done");
  const deleteRefused = failure && ("confirm" in failure.fieldErrors || "intent" in failure.fieldErrors);
  return (
    <div className="max-w-2xl">
      <p>
        <Link to="/admin/shipping" className="underline underline-offset-2">
          Shipping
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl">{zone.name}</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Code: {zone.code}</p>
      {done === "saved" ? <Notice tone="success" className="mt-6">Saved; carts and checkout price by it now.</Notice> : null}
      {done === "created" ? <Notice tone="success" className="mt-6">The zone is created; its countries ship by it now.</Notice> : null}
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={deleteRefused ? undefined : failure} />
        <ZoneFields zone={zone} failure={deleteRefused ? undefined : failure} />
        <Button name="intent" value="save" busy={saving} busyLabel="Saving…" className="justify-self-start">
          Save
        </Button>
      </Form>
      <Form method="post" noValidate className="mt-10 grid gap-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 className="font-serif text-xl">Delete this zone</h2>
        <p className="text-stone-700 dark:text-stone-300">Its rates go with it, and its countries no longer ship until another zone lists them.</p>
        <FormErrors failure={deleteRefused ? failure : undefined} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" aria-invalid={deleteRefused ? true : undefined} aria-describedby={deleteRefused ? "confirm-error" : undefined} className="size-5" />
          Yes, delete {zone.name}
        </label>
        {deleteRefused ? (
          <p id="confirm-error" className="text-sm font-medium text-red-700 dark:text-red-300">
            {failure.fieldErrors.confirm}
          </p>
        ) : null}
        <Button name="intent" value="delete" variant="secondary" busy={deleting} busyLabel="Deleting…" className="justify-self-start">
          Delete the zone
        </Button>
      </Form>
    </div>
  );
}
