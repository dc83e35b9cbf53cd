// A photo's prices as one table: a row per size (in the photo's proportions), a column per
// material, a dollar price per cell (empty: not sold) and whether it is on sale; saved in one go.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { adminResponseHeaders, requireAdmin, toResponse } from "~/lib/admin.server";
import { loadPriceMatrix, priceMatrixFormSchema, savePriceMatrix } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { centsToDecimalString } from "~/shared/money";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const matrix = await loadPriceMatrix(args.context.db, args.params.id).catch((error: unknown) => {
    throw toResponse(error);
  });
  return json(matrix, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, priceMatrixFormSchema, async (cells) => {
    await savePriceMatrix(args.context.db, admin, args.params.id, cells);
    return redirect(`/admin/photos/${encodeURIComponent(args.params.id ?? "")}/prices?done=1`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? `Prices of ${data.photo.title}` : "Prices");

const materialNames: Record<string, string> = { paper: "Paper", canvas: "Canvas", metal: "Metal" };

export default function PhotoPrices() {
  const { photo, materials, sizes, cells } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const typed = failure?.values as Record<string, string | undefined> | undefined;
  const errors = (failure?.fieldErrors ?? {}) as Record<string, string | undefined>;
  return (
    <div>
      <p>
        <Link to={`/admin/photos/${photo.id}`} className="inline-block py-2 text-sm underline underline-offset-2">
          Back to {photo.title}
        </Link>
      </p>
      <h1 className="font-serif text-3xl">Prices of {photo.title}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Sizes in inches follow the photo's proportions ({photo.orientation}). Type dollars, such as 120 or 120.50; leave a box empty for a size not sold.
        {photo.hasOriginal ? "" : " Upload the image first if its proportions are not 3:2."}
      </p>
      {params.get("done") && !failure ? (
        <Notice tone="success" className="mt-4">
          Prices saved; the store shows them now.
        </Notice>
      ) : null}
      <Form method="post" noValidate className="mt-6 grid gap-4">
        <FormErrors failure={failure} />
        <div className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Price per size and material</caption>
            <thead className="bg-stone-50 dark:bg-stone-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Size</th>
                {materials.map((material) => (
                  <th key={material} scope="col" className="px-3 py-2 font-medium">
                    {materialNames[material]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {sizes.map((size) => {
                const sizeName = `${size.widthIn}x${size.heightIn}`;
                return (
                  <tr key={sizeName} className="align-top">
                    <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                      {size.widthIn} × {size.heightIn}
                    </th>
                    {materials.map((material) => {
                      const key = `${material}:${sizeName}`;
                      const cell = cells[key]!;
                      const priceName = `price:${key}`;
                      const label = `${materialNames[material]} ${size.widthIn} × ${size.heightIn} in`;
                      const price = typed ? (typed[priceName] ?? "") : cell.priceCents === null ? "" : centsToDecimalString(cell.priceCents);
                      const onSale = typed ? typed[`active:${key}`] === "on" : cell.variantId === null || cell.isActive;
                      return (
                        <td key={material} className="px-3 py-2">
                          <label className="sr-only" htmlFor={priceName}>
                            Price of {label} in dollars
                          </label>
                          <input id={priceName} name={priceName} inputMode="decimal" defaultValue={price} placeholder={centsToDecimalString(cell.suggestedCents)} aria-invalid={errors[priceName] ? true : undefined} aria-describedby={errors[priceName] ? `${priceName}-error` : undefined} className="text-input w-28" />
                          <label className="mt-1 flex min-h-11 items-center gap-2">
                            <input type="checkbox" name={`active:${key}`} defaultChecked={onSale} className="h-5 w-5" />
                            On sale<span className="sr-only">: {label}</span>
                          </label>
                          {errors[priceName] ? (
                            <p id={`${priceName}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
                              {errors[priceName]}
                            </p>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Button className="justify-self-start">Save the prices</Button>
      </Form>
    </div>
  );
}
