import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { featuredPhotos } from "../../server/catalog/photos";

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ photos: await featuredPhotos(context.db, 12) });
}

export const meta: MetaFunction = () => [{ title: "Printroom — fine-art photography prints" }];

export default function Home() {
  const { photos } = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-6xl p-4">
      <h1 className="text-3xl font-semibold">Printroom</h1>
      <ul className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {photos.map((p) => (
          <li key={p.id}>
            <a href={`/photos/${p.slug}`}>
              {p.image ? <img src={p.image.fallback} alt={p.title} width={p.image.width} height={p.image.height} loading="lazy" className="h-auto w-full" /> : null}
              <span>{p.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
