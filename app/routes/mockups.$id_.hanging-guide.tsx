import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { HangingDiagram } from "~/components/mockups/hanging-diagram";
import { MockupGone } from "~/components/mockups/mockup-gone";
import { ErrorView } from "~/components/error-view";
import { materialNames } from "~/lib/json-ld";
import { mockupIdSchema, sharedMockup, toResponse } from "~/lib/mockups.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formatInches, formatSize, hangingGuide, HANGER_OFFSET_IN, type Measure, type PrintMaterial } from "~/shared/wall";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const id = mockupIdSchema.safeParse(params.id);
  if (!id.success) throw new Response("No mockup at this address", { status: 404 });
  const mockup = await sharedMockup(context.db, { id: id.data, sessionId: context.session.id ?? null }).catch((error: unknown) => {
    throw toResponse(error);
  });
  // A draft's prints may still move; only a saved arrangement is worth drilling for.
  if (mockup.status !== "saved") throw new Response("This mockup has no hanging guide until it is saved", { status: 404 });
  return json({
    mockup,
    guide: hangingGuide(mockup.prints, mockup.floorY),
    seo: buildSeo(context.env.PUBLIC_URL, { title: `Hanging guide: ${mockup.title ?? "prints on a wall"}`, path: `/mockups/${mockup.id}/hanging-guide`, noindex: true }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Hanging guide · Printroom" }, { name: "robots", content: "noindex" }]);

const cm = (m: Measure) => `${(Math.abs(m.mm) / 10).toFixed(1)} cm`;
const length = (m: Measure) => `${formatInches(Math.abs(m.in))} in (${cm(m)})`;
const across = (m: Measure) => (m.in === 0 ? "on the centre line" : `${length(m)} ${m.in > 0 ? "right" : "left"}`);
const upDown = (m: Measure) => (m.in === 0 ? "level with the centre" : `${length(m)} ${m.in > 0 ? "above" : "below"}`);

const hangerNotes: Record<PrintMaterial, string> = {
  paper: "framed paper prints hang on a wire; pulled taut towards the top it sits about this far below the frame's top edge",
  canvas: "canvas hangs by its stretcher bar or a sawtooth hanger about this far below its top edge",
  metal: "metal prints have a float mount (a cleat) about this far below their top edge",
};

export default function HangingGuidePage() {
  const { mockup, guide } = useLoaderData<typeof loader>();
  const byId = new Map(mockup.prints.map((p) => [p.id, p]));
  const materials = [...new Set(mockup.prints.map((p) => p.material))];
  const dots = guide.nails.map((n, i) => {
    const print = byId.get(n.printId)!;
    return { printId: n.printId, x: print.x + print.width / 2, y: print.y + n.hangerOffsetIn, label: i + 1 };
  });
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 print:max-w-none print:p-0 print:text-black">
      {/* On paper only the guide: the site's header and footer are for the screen. */}
      <style>{"@media print { header, footer { display: none !important; } }"}</style>
      <p className="print:hidden">
        <Link to={`/mockups/${mockup.id}`} className="rounded-md text-sm text-stone-600 underline underline-offset-4 dark:text-stone-400">
          Back to the mockup
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl text-stone-900 dark:text-stone-100 print:text-black">Hanging guide</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300 print:text-black">{mockup.title ?? "Prints on a wall"}</p>
      <button type="button" onClick={() => window.print()} className="button button-secondary mt-4 print:hidden">
        Print this guide
      </button>
      <ol className="mt-6 list-decimal space-y-1 pl-5 text-stone-800 dark:text-stone-200 print:text-black">
        {guide.centreAboveFloor ? (
          <li>Mark the arrangement's centre {length(guide.centreAboveFloor)} above the floor, where the middle of the group should be.</li>
        ) : (
          <li>Mark the arrangement's centre on the wall: where the middle of the group should be (about 57 in / 145 cm above the floor is eye level).</li>
        )}
        <li>Measure each nail from that mark: across, then up or down. Use a level for the horizontal.</li>
        <li>Before drilling, check your own print's hanger: the distance from its top edge to where it rests on the nail.</li>
      </ol>
      <div className="mt-6 break-inside-avoid">
        <HangingDiagram prints={mockup.prints} nails={dots} floorY={mockup.floorY} />
      </div>
      <table className="mt-6 w-full text-left text-sm text-stone-800 dark:text-stone-200 print:text-black">
        <caption className="sr-only">Nail positions</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-600">
            <th scope="col" className="py-2 pr-3">Nail</th>
            <th scope="col" className="py-2 pr-3">Print</th>
            <th scope="col" className="py-2 pr-3">From the centre</th>
            {guide.centreAboveFloor ? <th scope="col" className="py-2">Above the floor</th> : null}
          </tr>
        </thead>
        <tbody>
          {guide.nails.map((nail, i) => {
            const print = byId.get(nail.printId)!;
            return (
              <tr key={nail.printId} className="break-inside-avoid border-b border-stone-200 align-top dark:border-stone-700">
                <td className="py-2 pr-3 font-medium">{i + 1}</td>
                <td className="py-2 pr-3">
                  {print.photoTitle}
                  <br />
                  <span className="text-stone-600 dark:text-stone-400 print:text-black">
                    {formatSize(nail.widthIn, nail.heightIn)}, {materialNames[nail.material]}; nail {formatInches(nail.hangerOffsetIn)} in below its top
                  </span>
                </td>
                <td className="py-2 pr-3">
                  {across(nail.rightOfCentre)},
                  <br />
                  {upDown(nail.aboveCentre)}
                </td>
                {nail.aboveFloor ? <td className="py-2">{length(nail.aboveFloor)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-labelledby="hanger-heading" className="mt-8 break-inside-avoid">
        <h2 id="hanger-heading" className="font-serif text-xl text-stone-900 dark:text-stone-100 print:text-black">The hanger offset</h2>
        <p className="mt-2 text-stone-700 dark:text-stone-300 print:text-black">
          A nail sits below a print's top edge by the distance from that edge to its hanger, so each nail above is placed that far below where the print's top will be:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300 print:text-black">
          {materials.map((m) => (
            <li key={m}>
              {materialNames[m]}: {formatInches(HANGER_OFFSET_IN[m])} in ({(HANGER_OFFSET_IN[m] * 2.54).toFixed(1)} cm) — {hangerNotes[m]}.
            </li>
          ))}
        </ul>
        <p className="mt-2 text-stone-700 dark:text-stone-300 print:text-black">If yours differs, move that nail up or down by the difference.</p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 410 ? <MockupGone /> : <ErrorView />;
}
