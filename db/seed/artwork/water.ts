// The sea: its graded body, the road of light under a low sun, and rows of waves toward the viewer.
import type { Palette } from "./palettes";
import type { Random } from "./prng";
import { blurFilter, filledBelow, mix, n, smoothLine, softEllipse, verticalGradient, type Layer, type Point } from "./svg";

export function sea(p: Palette, width: number, height: number, horizon: number): Layer {
  const [near, mid, deep] = p.sea;
  return {
    defs: verticalGradient("sea", [[0, near!], [0.35, mid!], [1, deep!]]),
    body: `<rect y="${n(horizon)}" width="${width}" height="${n(height - horizon)}" fill="url(#sea)"/>`,
  };
}

/** Depth fraction t in 0..1 maps to screen y with perspective: rows bunch up toward the horizon. */
const depthY = (horizon: number, bottom: number, t: number) => horizon + (bottom - horizon) * t * t;

/** Irregular dashes, so foam breaks up along a crest instead of repeating like a pattern. */
const brokenDashes = (r: Random, length: number) => Array.from({ length: 8 }, () => n(length * r.range(0.05, 0.6))).join(" ");

export function sunPath(r: Random, p: Palette, height: number, horizon: number, sunX: number, sunRadius: number): Layer {
  let body = "";
  const strokes = 70;
  for (let i = 0; i < strokes; i++) {
    const t = i / strokes;
    const y = depthY(horizon, height, t) + 1;
    const thickness = 1 + t * height * 0.006;
    // Each row of ripples catches the sun in a few broken glints, wider toward the viewer.
    let x = sunX - sunRadius * (0.7 + 3 * t) * r.range(0.5, 1.1);
    const end = sunX + sunRadius * (0.7 + 3 * t) * r.range(0.5, 1.1);
    while (x < end) {
      const glint = Math.min(end - x, sunRadius * r.range(0.2, 1.4) * (0.6 + t));
      body += `<rect x="${n(x)}" y="${n(y)}" width="${n(glint)}" height="${n(thickness)}" rx="${n(thickness / 2)}" fill="${p.sun}" opacity="${n(r.range(0.2, 0.75) * (1 - t * 0.6) * 100) / 100}"/>`;
      x += glint + sunRadius * r.range(0.05, 0.5) * (0.5 + t);
    }
  }
  const glow = softEllipse("sea-glow", sunX, horizon + (height - horizon) * 0.3, sunRadius * 4, (height - horizon) * 0.45, p.glow, 0.35);
  return { defs: glow.defs + blurFilter("glitter", 1.2), body: glow.body + `<g filter="url(#glitter)">${body}</g>` };
}

/** Thin light and dark ripples across calm water. */
export function ripples(r: Random, p: Palette, width: number, height: number, horizon: number, count: number): Layer {
  let body = "";
  for (let i = 1; i <= count; i++) {
    const t = i / (count + 1);
    const y = depthY(horizon, height, t);
    const points: Point[] = [];
    for (let x = -width * 0.05; x <= width * 1.05; x += width / 8) points.push([x, y + r.range(-1, 1) * height * 0.004 * t]);
    const light = r.chance(0.5);
    body += `<path d="${smoothLine(points)}" fill="none" stroke="${light ? p.foam : "#000000"}" stroke-width="${n(0.6 + t * height * 0.003)}" stroke-dasharray="${brokenDashes(r, width * 0.3)}" opacity="${light ? n(r.range(0.04, 0.12) * 100) / 100 : 0.07}"/>`;
  }
  return { defs: "", body };
}

/** Rolling swells: each row is filled lighter at its crest and darker in its trough, with broken foam. */
export function swells(r: Random, p: Palette, width: number, top: number, bottom: number, rows: number): Layer {
  let defs = "";
  let body = "";
  for (let i = 0; i < rows; i++) {
    const t = Math.min(1, (i + r.range(0.6, 1.3)) / rows);
    const y = top + (bottom - top) * t ** 1.7;
    const amplitude = (bottom - top) * (0.002 + 0.02 * t);
    const wavelength = width * r.range(0.1, 0.18) * (0.5 + t);
    const [phase, phase2] = [r.range(0, 6.3), r.range(0, 6.3)];
    const points: Point[] = [];
    for (let x = -wavelength; x <= width + wavelength; x += wavelength / 4) {
      const k = (x / wavelength) * Math.PI * 2;
      const swell = (0.6 * Math.sin(k + phase) + 0.4 * Math.sin(k * 2.3 + phase2)) * (0.5 + 0.5 * Math.sin(k * 0.21 + phase2));
      points.push([x, y - amplitude * swell * r.range(0.5, 1.3)]);
    }
    const crest = mix(mix(p.sea[1]!, p.sea[0]!, 0.5), p.foam, 0.05 + 0.15 * t);
    defs += verticalGradient(`swell-${i}`, [[0, crest], [0.05, mix(p.sea[1]!, p.sea[0]!, 0.3)], [0.45, mix(p.sea[1]!, p.sea[2]!, 0.7)]]);
    body += `<path d="${filledBelow(points, bottom)}" fill="url(#swell-${i})"/>`;
    body += `<path d="${smoothLine(points)}" fill="none" stroke="${p.foam}" stroke-width="${n(0.8 + t * 3)}" stroke-linecap="round" stroke-dasharray="${brokenDashes(r, wavelength)}" opacity="${n((0.1 + 0.4 * t) * r.range(0.5, 1) * 100) / 100}"/>`;
  }
  return { defs, body };
}
