// One policy page's title, description and body as plain text ("## Heading" lines start sections,
// blank lines separate paragraphs), and a reset to the default words. Guarded, audited, and the
// page cache drops the page when a change commits.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, contentPageInput, contentResetForm, contentSlugOf, loadContentPageForAdmin, requireAdmin, resetContentPage, saveContentPage, toResponse } from "~/lib/admin-content.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  try {
    const page = await loadContentPageForAdmin(args.context.db, contentSlugOf(args.params.slug));
    return json({ page }, { headers: adminResponseHeaders });
  } catch (error) {
    throw toResponse(error);
  }
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  let slug;
  try {
    slug = contentSlugOf(args.params.slug);
  } catch (error) {
    throw toResponse(error);
  }
  const done = (what: string) => redirect(`/admin/content/${slug}?done=${what}`, { status: 303, headers: adminResponseHeaders });
  return handleForm(args.request, (form) => (form.get("intent") === "reset" ? contentResetForm : contentPageInput), async (input) => {
    if ("intent" in input) {
      await resetContentPage(args.context.db, admin, slug);
      return done("reset");
    }
    await saveContentPage(args.context.db, admin, slug, input);
    return done("saved");
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? data.page.title : "Content page");

export default function AdminContentPage() {
  const { page } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") !== "reset";
  const resetting = navigation.state === "submitting" && navigation.formData?.get("intent") === "reset";
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/admin/content" className="underline underline-offset-2">
          Content pages
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl">{page.title}</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        <a href={`/${page.slug}`} className="underline underline-offset-2">
          /{page.slug}
        </a>{" "}
        · {page.customised ? "your words" : "the default words"}
      </p>
      {done === "saved" ? <Notice tone="success" className="mt-6">Saved; the page and the assistant use the new words now.</Notice> : null}
      {done === "reset" ? <Notice tone="success" className="mt-6">The page is back to its default words.</Notice> : null}
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={failure} />
        <TextField label="Title" name="title" required maxLength={120} defaultValue={failure?.values.title ?? page.title} error={failure?.fieldErrors.title} />
        <TextField label="Description" name="description" required maxLength={300} hint="One or two sentences under the title; search engines show it too." defaultValue={failure?.values.description ?? page.description} error={failure?.fieldErrors.description} />
        <TextField
          label="Text"
          name="body"
          multiline
          rows={24}
          required
          hint="Start each section with a line “## Heading”; leave a blank line between paragraphs."
          defaultValue={failure?.values.body ?? page.body}
          error={failure?.fieldErrors.body}
        />
        <Button name="intent" value="save" busy={busy} busyLabel="Saving…" className="justify-self-start">
          Save
        </Button>
      </Form>
      {page.customised ? (
        <Form method="post" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
          <p className="text-stone-700 dark:text-stone-300">Put back the words the shop came with. Your version is kept in the audit log.</p>
          <Button name="intent" value="reset" variant="secondary" busy={resetting} busyLabel="Resetting…" className="mt-3">
            Reset to the default
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
