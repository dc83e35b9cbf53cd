// The arrangement drawn to scale with a dot for each nail, the centre to mark first and, when
// it was marked, the floor line: a sketch to hold beside the wall, not a template.
import { centreOf, groupBounds, type PlacedPrint } from "~/shared/wall";

const PAD_IN = 6;

export function HangingDiagram({ prints, nails, floorY }: { prints: PlacedPrint[]; nails: { printId: string; x: number; y: number; label: number }[]; floorY: number | null }) {
  if (prints.length === 0) return null;
  const bounds = groupBounds(prints);
  const centre = centreOf(bounds);
  // The floor is drawn only when near enough to keep the prints readable.
  const showFloor = floorY !== null && floorY - (bounds.y + bounds.height) < bounds.height * 1.5;
  const bottom = showFloor ? floorY! + 2 : bounds.y + bounds.height + PAD_IN;
  const view = { x: bounds.x - PAD_IN, y: bounds.y - PAD_IN, width: bounds.width + 2 * PAD_IN, height: bottom - bounds.y + PAD_IN };
  const stroke = Math.max(view.width, view.height) / 300;
  return (
    <svg
      role="img"
      aria-label="The arrangement with a dot where each nail goes and a cross at its centre"
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      className="h-auto w-full max-w-2xl text-stone-900 dark:text-stone-100 print:text-black"
    >
      {prints.map((p) => (
        <rect key={p.id} x={p.x} y={p.y} width={p.width} height={p.height} fill="none" stroke="currentColor" strokeWidth={stroke} />
      ))}
      <g stroke="currentColor" strokeWidth={stroke} strokeDasharray={`${stroke * 4} ${stroke * 3}`} opacity={0.6}>
        <line x1={centre.x} x2={centre.x} y1={view.y} y2={view.y + view.height} />
        <line x1={view.x} x2={view.x + view.width} y1={centre.y} y2={centre.y} />
      </g>
      {showFloor ? <line x1={view.x} x2={view.x + view.width} y1={floorY!} y2={floorY!} stroke="currentColor" strokeWidth={stroke * 2} /> : null}
      {nails.map((n) => (
        <g key={n.printId}>
          <circle cx={n.x} cy={n.y} r={stroke * 3} fill="#b91c1c" />
          <text x={n.x + stroke * 5} y={n.y + stroke * 4} fontSize={stroke * 14} fill="currentColor">
            {n.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
