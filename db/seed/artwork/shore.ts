// What stands at the water's edge: a beach with its foam line, rocks, and a headland with a lighthouse.
import type { Palette } from "./palettes";
import type { Random } from "./prng";
import { blurFilter, filledBelow, mix, n, radialGradient, smoothLine, verticalGradient, type Layer, type Point } from "./svg";

function edge(r: Random, width: number, y: number, wobble: number, tilt: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= 8; i++) {
    const x = -width * 0.05 + (width * 1.1 * i) / 8;
    points.push([x, y + tilt * (i / 8 - 0.5) + r.range(-wobble, wobble)]);
  }
  return points;
}

/** Wet sand that mirrors the sky, a lace of foam, then dry sand to the bottom of the frame. */
export function beach(r: Random, p: Palette, width: number, height: number, shoreY: number): Layer {
  const tilt = height * r.range(-0.05, 0.05);
  const waterline = edge(r, width, shoreY, height * 0.006, tilt);
  const dryLine = edge(r, width, shoreY + (height - shoreY) * r.range(0.35, 0.55), height * 0.01, tilt * 1.4);
  const defs =
    verticalGradient("wet-sand", [[0, mix(p.sky[3]!, p.sand[1], 0.35)], [1, mix(p.sand[1], p.sea[2]!, 0.3)]]) +
    verticalGradient("dry-sand", [[0, p.sand[0]], [1, mix(p.sand[0], p.sand[1], 0.6)]]) +
    blurFilter("lace", height * 0.002);
  const foam = waterline.map(([x, y]): Point => [x, y - height * 0.004]);
  const body =
    `<path d="${filledBelow(waterline, height)}" fill="url(#wet-sand)"/>` +
    `<path d="${smoothLine(foam)}" fill="none" stroke="${p.foam}" stroke-width="${n(height * 0.006)}" opacity="0.85" filter="url(#lace)"/>` +
    `<path d="${smoothLine(foam.map(([x, y]) => [x + width * 0.02, y + height * 0.014]))}" fill="none" stroke="${p.foam}" stroke-width="${n(height * 0.0025)}" opacity="0.35" filter="url(#lace)"/>` +
    `<path d="${filledBelow(dryLine, height)}" fill="url(#dry-sand)"/>`;
  return { defs, body };
}

/** Boulders at the waterline: lumpy outlines, dark, with a wet sheen on top. */
export function rocks(r: Random, p: Palette, width: number, height: number, baseY: number, count: number): Layer {
  let body = "";
  for (let i = 0; i < count; i++) {
    const x = width * r.range(0.05, 0.95);
    const size = height * r.range(0.02, 0.06);
    const y = baseY + r.range(-0.2, 1.2) * size;
    const outline: Point[] = [[x - size * r.range(1.2, 1.8), y]];
    for (let k = 1; k < 6; k++) outline.push([x - size * 1.5 + (size * 3 * k) / 6, y - size * r.range(0.5, 1.1) * Math.sin((k / 6) * Math.PI)]);
    outline.push([x + size * r.range(1.2, 1.8), y]);
    body += `<path d="${smoothLine(outline)} Z" fill="${mix(p.land, "#000000", 0.35)}"/>`;
    body += `<path d="${smoothLine(outline.slice(1, -1).map(([px, py]): Point => [px, py + size * 0.12]))}" fill="none" stroke="${p.sky[3]}" stroke-width="${n(size * 0.08)}" opacity="0.3"/>`;
  }
  return { defs: "", body };
}

/** A dark bluff against the light, optionally crowned by a lighthouse (Montauk Point has one). */
export function headland(r: Random, p: Palette, width: number, horizon: number, side: "left" | "right", lighthouse: boolean): Layer {
  const reach = width * r.range(0.22, 0.38);
  const rise = horizon * r.range(0.04, 0.08);
  const xs = [0, 0.15, 0.35, 0.6, 0.85, 1.05];
  const heights = [1, 1, 0.95, 0.7, 0.25, 0];
  const points: Point[] = xs.map((f, i) => {
    const x = side === "left" ? -width * 0.02 + reach * f : width * 1.02 - reach * f;
    return [x, horizon - rise * heights[i]! * r.range(0.9, 1.05)];
  });
  let body = `<path d="${filledBelow(points, horizon + 2)}" fill="${p.land}"/>`;
  if (lighthouse) {
    const x = side === "left" ? reach * 0.25 : width - reach * 0.25;
    const base = horizon - rise;
    const tall = horizon * 0.1;
    const w = tall * 0.14;
    body +=
      `<path d="M${n(x - w)} ${n(base + 2)} L${n(x - w * 0.6)} ${n(base - tall)} L${n(x + w * 0.6)} ${n(base - tall)} L${n(x + w)} ${n(base + 2)} Z" fill="${p.land}"/>` +
      `<rect x="${n(x - w * 0.75)}" y="${n(base - tall * 1.18)}" width="${n(w * 1.5)}" height="${n(tall * 0.18)}" fill="${p.land}"/>` +
      `<circle cx="${n(x)}" cy="${n(base - tall * 1.09)}" r="${n(w * 3)}" fill="url(#lamp-glow)"/>` +
      `<circle cx="${n(x)}" cy="${n(base - tall * 1.09)}" r="${n(w * 0.35)}" fill="#fff8e0"/>`;
  }
  return { defs: radialGradient("lamp-glow", [[0, "#fff8e0", 0.8], [1, p.sun, 0]]), body };
}
