import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { DeleteMockupForm } from "~/components/mockups/delete-mockup-form";
import { MockupGone } from "~/components/mockups/mockup-gone";
import { MockupPrintList } from "~/components/mockups/mockup-print-list";
import { ErrorView } from "~/components/error-view";
import { Button, buttonClass } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { handleForm } from "~/lib/forms.server";
import { addMockupToCart, copyMockup, deleteMockup, mockupIdSchema, sharedMockup, sharedMockupFormSchema, toResponse } from "~/lib/mockups.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";

function mockupIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = mockupIdSchema.safeParse(params.id);
  if (!id.success) throw new Response("No mockup at this address", { status: 404 });
  return id.data;
}

export async function loader({ params, context }: LoaderFunctionArgs) {
  const id = mockupIdOf(params);
  const mockup = await sharedMockup(context.db, { id, sessionId: context.session.id ?? null }).catch((error: unknown) => {
    throw toResponse(error);
  });
  const title = mockup.title ?? "Prints on a wall";
  return json({
    mockup,
    seo: buildSeo(context.env.PUBLIC_URL, {
      title,
      description: `${mockup.prints.map((p) => p.photoTitle).join(", ")}: fine-art prints shown at their true size on a wall.`,
      path: `/mockups/${mockup.id}`,
      image: mockup.compositeUrl && mockup.compositeSize ? { src: mockup.compositeUrl, ...mockup.compositeSize, sources: [] } : null,
      imageAlt: `${title}: the prints on a wall`,
      noindex: true,
    }),
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const id = mockupIdOf(params);
  return handleForm(request, sharedMockupFormSchema, async (input) => {
    if (input.intent === "addToCart") {
      await addMockupToCart(context.db, { id, sessionId: context.session.ensureId() });
      return redirect("/cart", 303);
    }
    if (input.intent === "copy") {
      const copy = await copyMockup(context.db, { id, sessionId: context.session.ensureId() });
      return redirect(`/wall?mockup=${encodeURIComponent(copy.id)}`, 303);
    }
    // Deleting asks first; the second button carries `confirmed`.
    if (!input.confirmed) return json({ confirmDelete: true as const });
    const { status } = await sharedMockup(context.db, { id, sessionId: context.session.id ?? null });
    await deleteMockup(context.db, { id, sessionId: context.session.id ?? null });
    // A saved mockup's link now says it was deleted; a draft had no link, so back to the editor.
    return redirect(status === "saved" ? `/mockups/${id}` : "/wall", 303);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Mockup · Printroom" }, { name: "robots", content: "noindex" }];

export default function MockupSharePage() {
  const { mockup } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = formFailureOf(answer);
  const askingToDelete = !!answer && "confirmDelete" in answer;
  const title = mockup.title ?? "Prints on a wall";
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-3xl text-stone-900 sm:text-4xl dark:text-stone-100">{title}</h1>
      {mockup.status === "draft" ? <p className="mt-2 text-stone-600 dark:text-stone-400">A draft: only you can see it until you save it in the editor.</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-12">
        <div className="lg:col-span-8">
          {mockup.compositeUrl ? (
            <img
              src={mockup.compositeUrl}
              width={mockup.compositeSize?.width}
              height={mockup.compositeSize?.height}
              alt={`${mockup.prints.map((p) => p.photoTitle).join(", ")} shown on a wall`}
              className="h-auto w-full rounded-md bg-stone-100 dark:bg-stone-800"
            />
          ) : (
            <p className="rounded-md bg-stone-100 p-8 text-center text-stone-700 dark:bg-stone-800 dark:text-stone-300">The picture appears once the mockup is saved.</p>
          )}
        </div>
        <div className="space-y-6 lg:col-span-4">
          <MockupPrintList prints={mockup.prints} totalCents={mockup.totalCents} />
          <FormErrors failure={failure} />
          <Form method="post">
            <input type="hidden" name="intent" value="addToCart" />
            <Button className="w-full" disabled={mockup.prints.length === 0}>Add these prints to my cart</Button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="copy" />
            <Button variant="secondary" className="w-full">Edit a copy</Button>
          </Form>
          {mockup.isOwner ? (
            <div className="flex flex-wrap items-start gap-3 border-t border-stone-200 pt-6 dark:border-stone-700">
              {mockup.status === "saved" ? (
                <Link to={`/mockups/${mockup.id}/hanging-guide`} className={buttonClass("secondary")}>
                  Hanging guide
                </Link>
              ) : null}
              <DeleteMockupForm mockupId={mockup.id} asking={askingToDelete} />
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 410 ? <MockupGone /> : <ErrorView />;
}
