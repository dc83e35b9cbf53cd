import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { lazy, useRef } from "react";
import { editionNote, getPhotoBySlug, materialGuidesFor, relatedPhotos, slugSchema, toResponse } from "../lib/storefront.server";
import { AddToCartForm } from "../components/cart/add-to-cart-form";
import { DeferredMount } from "../components/deferred-mount";
import { ErrorView } from "../components/error-view";
import { PrintGuide } from "../components/print-guide";
import { PhotoGrid } from "../components/photo-grid";
import { PhotoZoom } from "../components/photo-zoom";
import { PICKER_ID, VariantPicker } from "../components/variant-picker";
import { photoProductJsonLd, variantLabel, JsonLd } from "../lib/json-ld";
import { formatMoney } from "~/shared/money";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { useSoftNavigation } from "../lib/soft-navigation";
import { onlyVariantChanged, selectVariant } from "../lib/variants";
import { sharedPageHeaders } from "../lib/cache-control";
import { shippingClassOf } from "~/shared/shipping-class";

export const headers = sharedPageHeaders;

// The phone's sticky bar only shows once the picker has scrolled away: by then its code is here.
const StickyBuyBar = lazy(() => import("../components/sticky-buy-bar").then((m) => ({ default: m.StickyBuyBar })));

export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = slugSchema.safeParse(params.slug);
  if (!slug.success) throw new Response("No photo at this address", { status: 404 });
  const [photo, related] = await Promise.all([getPhotoBySlug(context.db, slug.data), relatedPhotos(context.db, slug.data, 3)]).catch((error: unknown) => {
    throw toResponse(error);
  });
  const publicUrl = context.env.PUBLIC_URL;
  return json({
    photo,
    related,
    materials: materialGuidesFor(photo.variants),
    edition: editionNote(photo.edition),
    seo: buildSeo(publicUrl, {
      title: `${photo.title} — fine-art print`,
      description: photo.story || `${photo.title}, photographed in ${photo.location}. Signed fine-art prints on paper, canvas and metal.`,
      path: `/photos/${photo.slug}`,
      image: photo.image,
      imageAlt: photo.title,
      type: "product",
    }),
    // The page builds its JSON-LD from `photo` itself: sent ready-made, the offers would travel twice.
    publicUrl,
  });
}

export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  !formMethod && onlyVariantChanged(currentUrl, nextUrl) ? false : defaultShouldRevalidate;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function PhotoPage() {
  const { photo, related, materials, edition, publicUrl } = useLoaderData<typeof loader>();
  const picker = useRef<HTMLDivElement>(null);
  const [searchParams] = useSearchParams();
  const navigateInPlace = useSoftNavigation();
  const selected = selectVariant(photo.variants, searchParams.get("variant"));
  const preview = selected && {
    title: photo.title,
    description: variantLabel(selected),
    href: `/photos/${photo.slug}?variant=${selected.id}`,
    thumbnail: photo.image?.fallback ?? null,
    unitPriceCents: selected.priceCents,
    shippingClass: shippingClassOf({ kind: "print", ...selected }),
  };
  const takenYear = photo.takenOn ? photo.takenOn.slice(0, 4) : null;
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={photoProductJsonLd(publicUrl, photo)} />
      <nav aria-label="Breadcrumb" className="py-4 text-sm text-stone-600 dark:text-stone-400">
        <ol className="flex flex-wrap items-center gap-2">
          <li><a href="/photos" onClick={navigateInPlace} className="rounded-md hover:underline [@media(pointer:coarse)]:inline-flex [@media(pointer:coarse)]:min-h-11 [@media(pointer:coarse)]:items-center">Prints</a> /</li>
          {photo.collection ? (
            <li><a href={`/collections/${photo.collection.slug}`} onClick={navigateInPlace} className="rounded-md hover:underline [@media(pointer:coarse)]:inline-flex [@media(pointer:coarse)]:min-h-11 [@media(pointer:coarse)]:items-center">{photo.collection.title}</a> /</li>
          ) : null}
          <li aria-current="page" className="text-stone-900 dark:text-stone-100">{photo.title}</li>
        </ol>
      </nav>
      <div className="grid gap-10 lg:grid-cols-12">
        <div className="lg:col-span-7">
          <PhotoZoom image={photo.image} zoom={photo.zoom} alt={photo.title} aspectRatio={photo.aspectRatio} />
        </div>
        <div className="lg:col-span-5">
          <h1 className="font-serif text-4xl text-stone-900 dark:text-stone-100">{photo.title}</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            {photo.location}
            {takenYear ? `, ${takenYear}` : ""}
          </p>
          {selected ? (
            <>
              {/* The no-JavaScript picker's links lead back here (#choose-print), price included. */}
              <div id={PICKER_ID} ref={picker} className="scroll-mt-4">
                <p role="status" className="mt-6 text-3xl text-stone-900 dark:text-stone-100">
                  {formatMoney(selected.priceCents)}
                  <span className="sr-only"> for {variantLabel(selected)}</span>
                </p>
                <div className="mt-6">
                  <VariantPicker variants={photo.variants} selected={selected} />
                </div>
                <div className="mt-8">
                  <AddToCartForm variantId={selected.id} preview={preview!} />
                </div>
              </div>
              <p className="mt-3"><a href={`/wall?photo=${photo.slug}&variant=${selected.id}`} className="font-medium underline">See it on your wall</a></p>
              {edition ? <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">{edition}</p> : null}
              <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">Printed to order. Ships in 7–10 days.</p>
              {/* In the page's own code, not lazy: a lazily loaded part of the server's HTML hydrates
                  late, and a cart or theme change before it has cost it a re-render from scratch
                  (React's error 421). The sticky bar is never in the server's HTML, so it waits. */}
              <PrintGuide selected={selected} materials={materials} />
              <DeferredMount>
                <StickyBuyBar picker={picker} variantId={selected.id} preview={preview!} />
              </DeferredMount>
            </>
          ) : (
            <p className="mt-6 text-stone-700 dark:text-stone-300">This photograph is not available as a print right now.</p>
          )}
          {photo.story ? (
            <section aria-labelledby="story-heading" className="mt-10">
              <h2 id="story-heading" className="font-serif text-xl text-stone-900 dark:text-stone-100">The story</h2>
              <p className="mt-2 whitespace-pre-line leading-relaxed text-stone-700 dark:text-stone-300">{photo.story}</p>
            </section>
          ) : null}
          {photo.tags.length > 0 ? (
            <ul aria-label="Tags" className="mt-6 flex flex-wrap gap-2">
              {photo.tags.map((tag) => (
                <li key={tag}>
                  <a href={`/photos?q=${encodeURIComponent(tag)}`} onClick={navigateInPlace} className="rounded-full bg-stone-100 px-3 py-1 text-xs text-stone-700 [@media(pointer:coarse)]:inline-flex [@media(pointer:coarse)]:min-h-11 [@media(pointer:coarse)]:items-center hover:bg-stone-200 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700">
                    {tag}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-20">
          <h2 id="related-heading" className="mb-8 font-serif text-3xl text-stone-900 dark:text-stone-100">You may also like</h2>
          <PhotoGrid photos={related} />
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
