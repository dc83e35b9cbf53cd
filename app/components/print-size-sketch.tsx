// The chosen print to scale on a wall, beside a person and above a sofa: a print's size in inches
// means little until it is seen against things of known size. Drawn in centimetres.
import { CM_PER_INCH, sizeLabel, sizeLabelCm } from "../lib/variants";

const WALL = { width: 340, height: 270 };
const PERSON_CM = 170;
const SOFA = { x: 120, width: 200, height: 85 };
/** Gallery rule of thumb: the middle of the print at eye level, and at least 20 cm above a sofa's back. */
const EYE_LEVEL_CM = 145;
const GAP_ABOVE_SOFA_CM = 20;

export function PrintSizeSketch({ widthIn, heightIn }: { widthIn: number; heightIn: number }) {
  const w = widthIn * CM_PER_INCH;
  const h = heightIn * CM_PER_INCH;
  const bottom = Math.max(SOFA.height + GAP_ABOVE_SOFA_CM, EYE_LEVEL_CM - h / 2);
  const floor = WALL.height;
  const size = { widthIn, heightIn };
  return (
    <figure>
      <svg viewBox={`0 0 ${WALL.width} ${WALL.height}`} role="img" aria-labelledby="size-sketch-caption" className="w-full max-w-sm text-stone-400 dark:text-stone-500">
        <line x1="0" x2={WALL.width} y1={floor} y2={floor} stroke="currentColor" strokeWidth="2" />
        {/* A person 170 cm tall: head, then body. */}
        <circle cx="40" cy={floor - PERSON_CM + 11} r="11" fill="currentColor" />
        <path d={`M26 ${floor} L30 ${floor - 90} L26 ${floor - 148} Q40 ${floor - 156} 54 ${floor - 148} L50 ${floor - 90} L54 ${floor} Z`} fill="currentColor" />
        {/* A sofa 200 cm wide and 85 cm high: its back and seat on short legs, an arm at each end. */}
        <path d={`M${SOFA.x} ${floor - 8} v-${SOFA.height - 8} h${SOFA.width} v${SOFA.height - 8} Z M${SOFA.x - 10} ${floor - 8} v-55 h16 v55 Z M${SOFA.x + SOFA.width - 6} ${floor - 8} v-55 h16 v55 Z`} fill="currentColor" />
        <rect x={SOFA.x + SOFA.width / 2 - w / 2} y={floor - bottom - h} width={w} height={h} className="fill-amber-200 stroke-stone-800 dark:fill-amber-300 dark:stroke-stone-100" strokeWidth="2" />
      </svg>
      <figcaption id="size-sketch-caption" className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        A {sizeLabel(size)} ({sizeLabelCm(size)}) print above a sofa 200 cm (6 ft 7 in) wide, beside a person 170 cm (5 ft 7 in) tall.
      </figcaption>
    </figure>
  );
}
