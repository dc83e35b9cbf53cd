import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { featuredPhotos, getProductBySlug, PHOTO_BOOK_SLUG, toResponse, type BookSpecifications } from "../lib/storefront.server";
import { AddToCartForm } from "../components/cart/add-to-cart-form";
import { ErrorView } from "../components/error-view";
import { ResponsivePicture } from "../components/responsive-picture";
import { bookProductJsonLd, JsonLd } from "../lib/json-ld";
import { formatMoney } from "~/shared/money";
import { CM_PER_INCH } from "../lib/variants";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

/** Spreads shown after the cover, two facing pages each. */
const SPREADS = 2;

export async function loader({ context }: LoaderFunctionArgs) {
  const [book, spreads] = await Promise.all([getProductBySlug(context.db, PHOTO_BOOK_SLUG), featuredPhotos(context.db, 1 + SPREADS * 2)]).catch((error: unknown) => {
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

const inchesAndCm = (inches: number) => `${inches} in (${Math.round(inches * CM_PER_INCH)} cm)`;

/** The specifications the book has recorded, in the order a buyer reads them. */
function specificationRows({ pageCount, widthIn, heightIn, paper, binding }: BookSpecifications): [string, string][] {
  const rows: [string, string | null][] = [
    ["Pages", pageCount !== null ? String(pageCount) : null],
    ["Size", widthIn !== null && heightIn !== null ? `${inchesAndCm(widthIn)} wide × ${inchesAndCm(heightIn)} high` : null],
    ["Paper", paper],
    ["Binding", binding],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

export default function BookPage() {
  const { book, spreads: photos, jsonLd } = useLoaderData<typeof loader>();
  const [cover, ...inside] = photos;
  const spreads = Array.from({ length: Math.floor(inside.length / 2) }, (_, i) => [inside[i * 2]!, inside[i * 2 + 1]!] as const);
  const specifications = specificationRows(book.specifications);
  const inStock = book.stock > 0;
  const pageShape = { aspectRatio: `${book.specifications.widthIn ?? 12} / ${book.specifications.heightIn ?? 10}` };
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <JsonLd data={jsonLd} />
      <div className="grid gap-10 lg:grid-cols-12">
        <div className="lg:col-span-7">
          {cover ? (
            <figure>
              {/* The cover: the photograph wrapped round a linen board, the title set below it. */}
              <div style={pageShape} className="mx-auto flex max-w-md flex-col overflow-hidden rounded-r-md bg-stone-800 shadow-xl [&_img]:h-full [&_img]:object-cover">
                <div className="min-h-0 flex-1">
                  <ResponsivePicture image={cover.image} alt="" sizes="(min-width: 1024px) 448px, 90vw" priority aspectRatio={cover.aspectRatio} />
                </div>
                <p className="px-4 py-3 text-center font-serif text-lg tracking-wide text-stone-100">{book.title}</p>
              </div>
              <figcaption className="mt-3 text-center text-sm text-stone-600 dark:text-stone-400">The cover, with {cover.title}</figcaption>
            </figure>
          ) : null}
          {spreads.map(([left, right]) => (
            <figure key={left.id} className="mt-8">
              {/* Two facing pages, with the shadow of the sewn gutter between them. */}
              <div className="grid grid-cols-2 bg-stone-100 p-[3%] shadow-md dark:bg-stone-200 [&_img]:h-full [&_img]:object-cover">
                {[left, right].map((photo, side) => (
                  <div key={photo.id} style={pageShape} className={side === 0 ? "pr-[4%] shadow-[inset_-12px_0_12px_-12px_rgba(0,0,0,0.35)]" : "pl-[4%] shadow-[inset_12px_0_12px_-12px_rgba(0,0,0,0.35)]"}>
                    <ResponsivePicture image={photo.image} alt="" sizes="(min-width: 1024px) 310px, 45vw" aspectRatio={photo.aspectRatio} />
                  </div>
                ))}
              </div>
              <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">A spread: {left.title} and {right.title}</figcaption>
            </figure>
          ))}
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
          {specifications.length > 0 ? (
            <section aria-labelledby="specifications-heading" className="mt-10">
              <h2 id="specifications-heading" className="font-serif text-xl text-stone-900 dark:text-stone-100">Specifications</h2>
              <dl className="mt-3 divide-y divide-stone-200 border-y border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
                {specifications.map(([name, value]) => (
                  <div key={name} className="grid grid-cols-3 gap-4 py-2">
                    <dt className="font-medium text-stone-900 dark:text-stone-100">{name}</dt>
                    <dd className="col-span-2 text-stone-700 dark:text-stone-300">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
