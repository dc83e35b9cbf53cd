import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getCollectionBySlug, listPhotos, parseListCursor, slugSchema, toResponse } from "../lib/storefront.server";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { PaginationNav } from "../components/pagination-nav";
import { PhotoGrid } from "../components/photo-grid";
import { itemListJsonLd, JsonLd } from "../lib/json-ld";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

const PAGE_SIZE = 24;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const parsedSlug = slugSchema.safeParse(params.slug);
  if (!parsedSlug.success) throw new Response("No such collection", { status: 404 });
  const slug = parsedSlug.data;
  const cursor = parseListCursor(new URL(request.url).searchParams);
  const [collection, page] = await Promise.all([
    getCollectionBySlug(context.db, slug),
    listPhotos(context.db, { collection: slug, cursor, limit: PAGE_SIZE }),
  ]).catch((error: unknown) => {
    throw toResponse(error);
  });
  const publicUrl = context.env.PUBLIC_URL;
  const path = `/collections/${slug}`;
  return json({
    collection,
    photos: page.items,
    total: page.total,
    first: page.offset + 1,
    last: page.offset + page.items.length,
    previousHref: page.previousCursor === null ? null : page.previousCursor ? `${path}?cursor=${page.previousCursor}` : path,
    nextHref: page.nextCursor ? `${path}?cursor=${page.nextCursor}` : null,
    onFirstPage: !cursor,
    seo: buildSeo(publicUrl, {
      title: `${collection.title} — prints`,
      description: collection.description || `${collection.photoCount} fine-art photographs from the ${collection.title} collection.`,
      path,
      image: page.items.find((p) => p.image)?.image,
      imageAlt: collection.title,
    }),
    jsonLd: itemListJsonLd(publicUrl, {
      name: collection.title,
      path,
      items: page.items.map((p) => ({ title: p.title, path: `/photos/${p.slug}` })),
    }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function CollectionPage() {
  const { collection, photos, total, first, last, previousHref, nextHref, onFirstPage, jsonLd } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={jsonLd} />
      <PageIntro title={collection.title} lead={collection.description}>
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {collection.photoCount} {collection.photoCount === 1 ? "photograph" : "photographs"}
        </p>
      </PageIntro>
      {photos.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">Prints from this collection are on their way.</p>
      ) : (
        <PhotoGrid photos={photos} priorityCount={onFirstPage ? 1 : 0} headingLevel={2} />
      )}
      {previousHref || nextHref ? (
        <p className="mt-8 text-sm text-stone-700 dark:text-stone-300">
          {first}–{last} of {total} photographs
        </p>
      ) : null}
      <PaginationNav previousHref={previousHref} nextHref={nextHref} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
