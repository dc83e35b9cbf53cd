// A new shipping zone: its code, name, countries, threshold and rates in one form; guarded and audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ZoneFields } from "~/components/admin/zone-fields";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, requireAdmin, saveZone, zoneCreateForm } from "~/lib/admin-shipping.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  return json(null, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, zoneCreateForm, async (zone) => {
    await saveZone(args.context.db, admin, zone, "create");
    return redirect(`/admin/shipping/${zone.code}?done=created`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("New shipping zone");

export default function AdminNewZone() {
  const failure = formFailureOf(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  return (
    <div className="max-w-2xl">
      <p>
        <Link to="/admin/shipping" className="underline underline-offset-2">
          Shipping
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl">New shipping zone</h1>
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={failure} />
        <TextField label="Code" name="code" required maxLength={40} hint="Lower-case letters, digits and dashes, such as south-america; it cannot be changed later." defaultValue={failure?.values.code ?? ""} error={failure?.fieldErrors.code} />
        <ZoneFields zone={null} failure={failure} />
        <Button busy={busy} busyLabel="Creating…" className="justify-self-start">
          Create the zone
        </Button>
      </Form>
    </div>
  );
}
