import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { countPhotos, listCollections, listPhotos, parsePhotoSearchParams, photoSearchQuery, toResponse } from "../lib/storefront.server";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { PaginationNav } from "../components/pagination-nav";
import { PhotoFilters } from "../components/photo-filters";
import { PhotoGrid } from "../components/photo-grid";
import { itemListJsonLd, JsonLd } from "../lib/json-ld";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

const PAGE_SIZE = 24;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = parsePhotoSearchParams(new URL(request.url).searchParams);
  const [page, total, collections] = await Promise.all([
    listPhotos(context.db, { ...search.filters, cursor: search.cursor, limit: PAGE_SIZE }),
    countPhotos(context.db, search.filters),
    listCollections(context.db),
  ]).catch((error: unknown) => {
    throw toResponse(error);
  });
  const publicUrl = context.env.PUBLIC_URL;
  const query = photoSearchQuery(search.form);
  const filtered = query !== "";
  return json({
    photos: page.items,
    total,
    form: search.form,
    ignored: search.ignored,
    collections: collections.map((c) => ({ slug: c.slug, title: c.title })),
    firstHref: `/photos${query}`,
    nextHref: page.nextCursor ? `/photos${photoSearchQuery(search.form, page.nextCursor)}` : null,
    onFirstPage: !search.cursor,
    seo: buildSeo(publicUrl, {
      title: search.form.q ? `Prints matching “${search.form.q}”` : "All prints",
      description: "Every fine-art print in the shop: filter by collection, orientation, material and price.",
      // Filtered and later pages point search engines at the one unfiltered list.
      path: "/photos",
      image: page.items.find((p) => p.image)?.image,
      noindex: filtered || Boolean(search.cursor),
    }),
    jsonLd: itemListJsonLd(publicUrl, { name: "All prints", path: `/photos${query}`, items: page.items.map((p) => ({ title: p.title, path: `/photos/${p.slug}` })) }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function Photos() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={data.jsonLd} />
      <PageIntro title="Prints" lead="Every photograph is printed to order, signed, and shipped ready to frame or hang." />
      <PhotoFilters form={data.form} collections={data.collections} />
      {data.ignored.length > 0 ? (
        <p role="note" className="mt-4 rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          Some filters in the link were not understood and were left out: {data.ignored.join(", ")}.
        </p>
      ) : null}
      <p role="status" className="mb-6 mt-8 text-sm text-stone-700 dark:text-stone-300">
        {data.total === 0 ? "No prints match these filters." : `${data.total} ${data.total === 1 ? "print" : "prints"}`}
      </p>
      <PhotoGrid photos={data.photos} priorityCount={data.onFirstPage ? 1 : 0} headingLevel={2} />
      <PaginationNav firstHref={data.firstHref} nextHref={data.nextHref} onFirstPage={data.onFirstPage} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
