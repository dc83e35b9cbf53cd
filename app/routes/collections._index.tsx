import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listCollectionCards } from "../lib/storefront.server";
import { CollectionCard } from "../components/collection-card";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { itemListJsonLd, JsonLd } from "../lib/json-ld";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

export async function loader({ context }: LoaderFunctionArgs) {
  const collections = await listCollectionCards(context.db);
  const publicUrl = context.env.PUBLIC_URL;
  const firstCover = collections.find((c) => c.cover)?.cover;
  return json({
    collections,
    seo: buildSeo(publicUrl, {
      title: "Collections",
      description: `${collections.length} collections of fine-art photographs: ${collections.map((c) => c.title).join(", ")}.`,
      path: "/collections",
      image: firstCover,
    }),
    jsonLd: itemListJsonLd(publicUrl, {
      name: "Collections",
      path: "/collections",
      items: collections.map((c) => ({ title: c.title, path: `/collections/${c.slug}` })),
    }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function Collections() {
  const { collections, jsonLd } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={jsonLd} />
      <PageIntro title="Collections" lead="Series made over seasons and years, each around one stretch of coast or one kind of light." />
      {collections.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">New collections are on their way.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {collections.map((collection) => (
            <li key={collection.id}>
              <CollectionCard collection={collection} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
