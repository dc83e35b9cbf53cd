// /about: who makes the prints — the photographer's name, portrait and story — and what every print
// comes with. The portrait is the studio's own picture, never a photo that is for sale (or the home
// page's hero).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorView } from "../components/error-view";
import { PageIntro } from "../components/page-intro";
import { STUDIO, studioPortrait } from "../lib/content.server";
import { buildSeo, mergeMeta, seoMeta } from "../lib/seo";
import { sharedPageHeaders } from "../lib/cache-control";

export const headers = sharedPageHeaders;

export async function loader({ context }: LoaderFunctionArgs) {
  const portrait = await studioPortrait(context.db);
  return json({
    portrait,
    photographer: STUDIO.photographer,
    address: STUDIO.address,
    seo: buildSeo(context.env.PUBLIC_URL, {
      title: `About ${STUDIO.photographer}`,
      description: `${STUDIO.photographer} photographs the coast of Long Island and New England, and prints, signs and ships every photograph from a small studio in Montauk.`,
      path: "/about",
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

const link = "rounded-md text-stone-900 underline underline-offset-4 dark:text-stone-100";

export default function About() {
  const { portrait, photographer, address } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro title={`About ${photographer}`} lead="Photographs of the coast, made slowly, in every season and at every hour the light is worth waiting for." />
      <div className="grid items-start gap-10 md:grid-cols-[minmax(0,2fr),minmax(0,3fr)]">
        {portrait ? (
          <figure>
            <img src={portrait.src} alt={portrait.alt} width={portrait.width} height={portrait.height} className="h-auto w-full max-w-sm rounded-lg" />
            <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">{photographer} in the studio, Montauk</figcaption>
          </figure>
        ) : null}
        <div className="space-y-4 leading-relaxed text-stone-700 dark:text-stone-300">
          <h2 className="font-serif text-2xl text-stone-900 dark:text-stone-100">The story</h2>
          <p>
            {photographer} grew up on the South Fork of Long Island, where her grandfather fished out of Montauk harbour. She began photographing the coast on his boat
            with a borrowed film camera, and after fifteen years making pictures for magazines she came home to photograph only what she loves: water, weather and
            the quiet hours either side of the day.
          </p>
          <p>
            Printroom is her one-person studio. Most of the photographs here were made within a day’s drive of home, returning to the same beaches, marshes and
            harbours until the weather and the light agreed. Some took one morning; the fog over Napeague took four winters.
          </p>
          <p>
            Each print is produced in small batches with a trusted fine-art lab, inspected in the studio, and signed on the back before it is packed. The story that
            goes with each photograph is on its page.
          </p>
          <p>
            Questions about sizes, framing or a commission?{" "}
            <Link to="/contact" className={link}>
              Write to the studio
            </Link>
            , or read about <Link to="/shipping" className={link}>shipping</Link> and <Link to="/returns" className={link}>returns</Link>.
          </p>
          <address className="not-italic">{address.join(", ")}</address>
        </div>
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
