import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { featuredPhotos, listCollectionCards } from "../lib/storefront.server";
import { splitHomePhotos } from "../lib/home.server";
import { CollectionCard } from "../components/collection-card";
import { ErrorView } from "../components/error-view";
import { Icon } from "../components/icon";
import { NewsletterForm } from "../components/newsletter/newsletter-form";
import { PhotoGrid } from "../components/photo-grid";
import { ResponsivePicture } from "../components/responsive-picture";
import { organizationJsonLd, websiteJsonLd, JsonLd } from "../lib/json-ld";
import { buildSeo, mergeMeta, seoMeta, SITE_NAME } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";
import { buttonClass } from "~/components/ui/button";

export const headers = sharedPageHeaders;

export async function loader({ context }: LoaderFunctionArgs) {
  const [photos, collections] = await Promise.all([featuredPhotos(context.db, 7), listCollectionCards(context.db)]);
  const { hero, rest: featured } = splitHomePhotos(photos, collections);
  const publicUrl = context.env.PUBLIC_URL;
  return json({
    hero,
    featured,
    collections,
    seo: buildSeo(publicUrl, { title: SITE_NAME, path: "/", image: hero?.image, imageAlt: hero?.title }),
    jsonLd: [organizationJsonLd(publicUrl, context.env.SHOP_EMAIL), websiteJsonLd(publicUrl)],
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function Home() {
  const { hero, featured, collections, jsonLd } = useLoaderData<typeof loader>();
  return (
    <>
      <JsonLd data={jsonLd} />
      <section className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 sm:pt-16">
        <h1 className="max-w-3xl font-serif text-4xl leading-tight text-stone-900 sm:text-5xl dark:text-stone-100">
          Light, water and the quiet hours of the coast — printed to last a lifetime.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-700 dark:text-stone-300">
          Signed fine-art prints on archival paper, canvas and metal, made to order in the studio.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link to="/photos" className={buttonClass("primary")}>
            Browse prints <Icon name="arrowRight" className="h-4 w-4" />
          </Link>
          <Link to="/book" className={buttonClass("secondary")}>
            The photo book
          </Link>
        </div>
        {hero ? (
          <figure className="mt-10">
            <Link to={`/photos/${hero.slug}`} className="block overflow-hidden rounded-lg">
              <ResponsivePicture image={hero.image} alt={hero.title} sizes="(min-width: 1152px) 1104px, 94vw" priority aspectRatio={hero.aspectRatio} />
            </Link>
            <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {hero.title}
              {hero.location ? `, ${hero.location}` : ""}
            </figcaption>
          </figure>
        ) : null}
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading" className="mx-auto mt-20 max-w-6xl px-4 sm:px-6">
          <div className="mb-8 flex items-baseline justify-between gap-4">
            <h2 id="featured-heading" className="font-serif text-3xl text-stone-900 dark:text-stone-100">Featured prints</h2>
            <Link to="/photos" className="rounded-md text-sm text-stone-700 underline underline-offset-4 dark:text-stone-300">
              See all prints
            </Link>
          </div>
          <PhotoGrid photos={featured} />
        </section>
      ) : null}

      {collections.length > 0 ? (
        <section aria-labelledby="collections-heading" className="mx-auto mt-20 max-w-6xl px-4 sm:px-6">
          <h2 id="collections-heading" className="mb-8 font-serif text-3xl text-stone-900 dark:text-stone-100">Collections</h2>
          <ul className="grid grid-cols-1 gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {collections.map((collection) => (
              <li key={collection.id}>
                <CollectionCard collection={collection} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="newsletter" aria-labelledby="newsletter-heading" className="mx-auto mt-20 max-w-6xl px-4 sm:px-6">
        <div className="rounded-lg bg-stone-100 px-6 py-10 sm:px-10 dark:bg-stone-900">
          <h2 id="newsletter-heading" className="font-serif text-2xl text-stone-900 dark:text-stone-100">New work, first</h2>
          <p className="mt-2 max-w-xl text-stone-700 dark:text-stone-300">
            Hear about new prints and limited editions before anyone else. No more than a few letters a year.
          </p>
          <div className="mt-6 max-w-md">
            <NewsletterForm source="homepage" />
          </div>
        </div>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
