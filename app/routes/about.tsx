import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { featuredPhotos } from "../lib/storefront.server";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { ResponsivePicture } from "../components/responsive-picture";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

export async function loader({ context }: LoaderFunctionArgs) {
  const [photo] = await featuredPhotos(context.db, 1);
  return json({
    photo: photo ?? null,
    seo: buildSeo(context.env.PUBLIC_URL, {
      title: "About the studio",
      description: "A small studio on the coast: how the photographs are made, printed, signed and shipped.",
      path: "/about",
      image: photo?.image,
      imageAlt: photo?.title,
      type: "article",
    }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => mergeMeta(matches, data ? seoMeta(data.seo) : []);

const promises = [
  { title: "Archival materials", text: "Pigment inks on cotton rag paper, gallery-wrapped canvas, or dye-infused aluminium, rated to last a century." },
  { title: "Made to order", text: "Every print is made when you order it, checked by hand, signed, and packed flat or crated." },
  { title: "Thirty days to decide", text: "If a print is not right on your wall, send it back within thirty days for a full refund." },
];

export default function About() {
  const { photo } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro title="About the studio" lead="Photographs of the coast, made slowly, in every season and at every hour the light is worth waiting for." />
      <div className="grid gap-10 lg:grid-cols-2">
        <div className="space-y-4 leading-relaxed text-stone-700 dark:text-stone-300">
          <p>
            Printroom is a one-person studio. Most of the photographs here were made within a day’s drive of home, returning to the same beaches, marshes and harbours
            until the weather and the light agreed.
          </p>
          <p>
            Each print is produced in small batches with a trusted fine-art lab, inspected in the studio, and signed on the back before it is packed. The story that
            goes with each photograph is on its page.
          </p>
          <p>
            Questions about sizes, framing or a commission? <Link to="/contact" className="rounded-md text-stone-900 underline underline-offset-4 dark:text-stone-100">Write to the studio</Link>.
          </p>
        </div>
        {photo ? (
          <ResponsivePicture image={photo.image} alt={photo.title} sizes="(min-width: 1024px) 540px, 94vw" priority aspectRatio={photo.aspectRatio} className="rounded-lg" />
        ) : null}
      </div>
      <section aria-labelledby="promise-heading" className="mt-16">
        <h2 id="promise-heading" className="font-serif text-3xl text-stone-900 dark:text-stone-100">What every print comes with</h2>
        <ul className="mt-6 grid gap-6 md:grid-cols-3">
          {promises.map((p) => (
            <li key={p.title} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
              <h3 className="font-medium text-stone-900 dark:text-stone-100">{p.title}</h3>
              <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{p.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
