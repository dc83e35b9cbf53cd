import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { featuredPhotos, getProductBySlug, PHOTO_BOOK_SLUG, toResponse } from "../lib/storefront.server";
import { AddToCartForm } from "../components/cart/add-to-cart-form";
import { ErrorView } from "../components/error-view";
import { ResponsivePicture } from "../components/responsive-picture";
import { bookProductJsonLd, JsonLd } from "../lib/json-ld";
import { formatMoney } from "~/shared/money";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

export async function loader({ context }: LoaderFunctionArgs) {
  const [book, spreads] = await Promise.all([getProductBySlug(context.db, PHOTO_BOOK_SLUG), featuredPhotos(context.db, 3)]).catch((error: unknown) => {
    throw toResponse(error);
  });
  const cover = spreads[0]?.image ?? null;
  const publicUrl = context.env.PUBLIC_URL;
  return json({
    book,
    spreads,
    seo: buildSeo(publicUrl, { title: book.title, description: book.description, path: "/book", image: cover, imageAlt: book.title, type: "product" }),
    jsonLd: bookProductJsonLd(publicUrl, { ...book, image: cover }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

export default function BookPage() {
  const { book, spreads, jsonLd } = useLoaderData<typeof loader>();
  const [cover, ...inside] = spreads;
  const inStock = book.stock > 0;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <JsonLd data={jsonLd} />
      <div className="grid gap-10 lg:grid-cols-12">
        <div className="lg:col-span-7">
          {cover ? (
            <ResponsivePicture image={cover.image} alt={`${cover.title}, from the book`} sizes="(min-width: 1024px) 640px, 94vw" priority aspectRatio={cover.aspectRatio} className="rounded-lg" />
          ) : null}
          {inside.length > 0 ? (
            <div className="mt-4 grid grid-cols-2 gap-4">
              {inside.map((photo) => (
                <ResponsivePicture key={photo.id} image={photo.image} alt={`${photo.title}, from the book`} sizes="(min-width: 1024px) 310px, 46vw" aspectRatio={photo.aspectRatio} className="rounded-md" />
              ))}
            </div>
          ) : null}
        </div>
        <div className="lg:col-span-5">
          <p className="text-sm uppercase tracking-widest text-stone-600 dark:text-stone-400">The photo book</p>
          <h1 className="mt-2 font-serif text-4xl text-stone-900 dark:text-stone-100">{book.title}</h1>
          <p className="mt-6 text-3xl text-stone-900 dark:text-stone-100">{formatMoney(book.priceCents)}</p>
          <p className={`mt-2 text-sm ${inStock ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>
            {inStock ? (book.stock <= 5 ? `Only ${book.stock} left` : "In stock, ships in 2–3 days") : "Sold out for now"}
          </p>
          <div className="mt-8">
            <AddToCartForm productId={book.id} disabled={!inStock} />
          </div>
          <p className="mt-10 whitespace-pre-line leading-relaxed text-stone-700 dark:text-stone-300">{book.description}</p>
        </div>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
