import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listCollections, listPhotos, parsePhotoSearchParams, photoSearchQuery, toResponse, withoutBlankFields } from "../lib/storefront.server";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { PaginationNav } from "../components/pagination-nav";
import { PhotoFilters, PhotoSortSelect } from "../components/photo-filters";
import { PhotoGrid } from "../components/photo-grid";
import { Notice } from "../components/ui/notice";
import { itemListJsonLd, JsonLd } from "../lib/json-ld";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

const PAGE_SIZE = 12;

const materialNames: Record<string, string> = { paper: "paper", canvas: "canvas", metal: "metal" };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // A filter form posted without JavaScript sends its blank fields too: the link keeps only what is set.
  const clean = withoutBlankFields(url.searchParams);
  if (clean !== null) throw redirect(`/photos${clean}`, 302);
  const search = parsePhotoSearchParams(url.searchParams);
  const [page, collections] = await Promise.all([
    listPhotos(context.db, { ...search.filters, sort: search.sort, cursor: search.cursor, limit: PAGE_SIZE }),
    listCollections(context.db),
  ]).catch((error: unknown) => {
    throw toResponse(error);
  });
  const publicUrl = context.env.PUBLIC_URL;
  const query = photoSearchQuery(search.form);
  const filtered = query !== "";
  return json({
    photos: page.items,
    total: page.total,
    first: page.offset + 1,
    last: page.offset + page.items.length,
    form: search.form,
    ignored: search.ignored,
    swappedPrices: search.swappedPrices ?? null,
    cursorReset: search.cursorReset,
    priceNote: search.form.material ? `on ${materialNames[search.form.material]}` : null,
    collections: collections.map((c) => ({ slug: c.slug, title: c.title })),
    previousHref: page.previousCursor === null ? null : `/photos${photoSearchQuery(search.form, page.previousCursor || undefined)}`,
    nextHref: page.nextCursor ? `/photos${photoSearchQuery(search.form, page.nextCursor)}` : null,
    onFirstPage: !search.cursor,
    seo: buildSeo(publicUrl, {
      title: search.form.q ? `Prints matching “${search.form.q}”` : "All prints",
      description: "Every fine-art print in the shop: filter by collection, orientation, material, size and price.",
      // Filtered and later pages point search engines at the one unfiltered list.
      path: "/photos",
      image: page.items.find((p) => p.image)?.image,
      noindex: filtered || Boolean(search.cursor),
    }),
    jsonLd: itemListJsonLd(publicUrl, { name: "All prints", path: `/photos${query}`, items: page.items.map((p) => ({ title: p.title, path: `/photos/${p.slug}` })) }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

function countLine(total: number, first: number, last: number): string {
  if (total === 0) return "No prints match these filters.";
  if (first === 1 && last === total) return `${total} ${total === 1 ? "print" : "prints"}`;
  return `${first}–${last} of ${total} prints`;
}

export default function Photos() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={data.jsonLd} />
      <PageIntro title="Prints" lead="Every photograph is printed to order, signed, and shipped ready to frame or hang." />
      <PhotoFilters form={data.form} collections={data.collections} />
      {data.swappedPrices ? (
        <Notice className="mt-4">
          The minimum price was above the maximum, so we swapped them: showing prints from ${data.swappedPrices.min} to ${data.swappedPrices.max}.
        </Notice>
      ) : null}
      {data.cursorReset ? <Notice className="mt-4">That page link was not one we could follow, so here is the first page.</Notice> : null}
      {data.ignored.length > 0 ? (
        <Notice className="mt-4">Some filters in the link were not understood and were left out: {data.ignored.join(", ")}.</Notice>
      ) : null}
      <div className="mb-6 mt-8 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
          {countLine(data.total, data.first, data.last)}
        </p>
        <PhotoSortSelect value={data.form.sort} />
      </div>
      <PhotoGrid photos={data.photos} priorityCount={data.onFirstPage ? 1 : 0} headingLevel={2} priceNote={data.priceNote} />
      <PaginationNav previousHref={data.previousHref} nextHref={data.nextHref} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
