// The wall editor's page: the server renders the steps and a plain explanation; the editor itself
// (Konva and all) loads in its own chunk, on this route only.
import type { MetaFunction } from "@remix-run/node";
import { useSearchParams } from "@remix-run/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { ErrorView } from "../components/error-view";
import { STEP_TITLES } from "../components/wall/editor-types";
import { mergeMeta } from "../lib/seo";

const WallEditor = lazy(() => import("../components/wall/wall-editor"));

export const meta: MetaFunction = ({ matches }) => mergeMeta(matches, [{ title: "See it on your wall — Printroom" }, { name: "robots", content: "noindex" }]);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `?room=`: a wall photo of the session's, as the assistant links it (server/chat/tools/shop-tools.ts) */
const ROOM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function WallPage() {
  const [params] = useSearchParams();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const photo = params.get("photo");
  const variant = Number(params.get("variant"));
  const mockup = params.get("mockup");
  const room = params.get("room");
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <h1 className="font-serif text-3xl text-stone-900 dark:text-stone-100">See it on your wall</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">A photo of your wall, its real size, and our prints on it at their true size, in perspective.</p>
      {mounted ? (
        <div className="mt-6">
          <Suspense fallback={<p role="status">Loading the editor…</p>}>
            <WallEditor photo={photo && SLUG.test(photo) ? photo : null} variant={Number.isInteger(variant) && variant > 0 ? variant : null} mockup={mockup && /^[\w-]{1,64}$/.test(mockup) ? mockup : null} room={room && ROOM.test(room) ? room : null} />
          </Suspense>
        </div>
      ) : (
        <>
          <ol className="mt-6 list-inside list-decimal text-stone-700 dark:text-stone-300">
            {Object.values(STEP_TITLES).map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
          <noscript>
            <p className="mt-6 rounded-md border border-stone-300 p-3 dark:border-stone-600">
              The wall editor draws on a canvas and needs JavaScript. Without it you can still <a href="/photos" className="underline">browse the prints</a> and see each one's sizes.
            </p>
          </noscript>
          <p className="mt-6"><a href="/photos" className="underline">Browse the prints</a></p>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
