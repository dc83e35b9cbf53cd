// Rolling dunes in overlapping layers, hazier with distance, with beach grass and a snow fence.
import type { Palette } from "./palettes";
import type { Random } from "./prng";
import { filledBelow, mix, n, smoothLine, verticalGradient, type Point, type Layer } from "./svg";

function ridge(r: Random, width: number, base: number, amplitude: number): Point[] {
  const count = r.int(4, 7);
  const points: Point[] = [];
  for (let i = 0; i <= count; i++) {
    points.push([-width * 0.08 + (width * 1.16 * i) / count, base - amplitude * r.range(0.2, 1)]);
  }
  return points;
}

/** Height of a ridge at x, close enough to the drawn curve to root grass and posts on it. */
function heightAt(points: Point[], x: number): number {
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    if (x >= x0 && x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return points[points.length - 1]![1];
}

/**
 * Slopes turned away from the sun fall into shadow: a wedge that starts crisp at the crest, runs
 * diagonally down the slope and fades out, clipped to the dune it lies on.
 */
function leeShadows(id: string, points: Point[], sunOnLeft: boolean, color: string, strength: number, drop: number): Layer {
  let defs = "";
  let body = "";
  for (let i = 0; i < points.length - 1; i++) {
    const [crest, trough] = points[i]![1] < points[i + 1]![1] ? [points[i]!, points[i + 1]!] : [points[i + 1]!, points[i]!];
    const crestOnLeft = crest[0] < trough[0];
    if (crestOnLeft !== sunOnLeft) continue;
    const [xc, yc] = crest;
    const [xt, yt] = trough;
    const fall = Math.min(1, ((yt - yc) / Math.abs(xt - xc)) * 5);
    const bottom = yt + drop * 0.3;
    defs += `<linearGradient id="${id}-${i}" gradientUnits="userSpaceOnUse" x1="0" y1="${n(yc)}" x2="0" y2="${n(bottom)}"><stop offset="0" stop-color="${color}" stop-opacity="${n(strength * (0.5 + 0.5 * fall) * 100) / 100}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient>`;
    const wedge: Point[] = [[xc, yc - drop], [xt, yc - drop], [xt, bottom], [xc + (xt - xc) * 0.45, bottom], [xc, yc]];
    body += `<path d="M${wedge.map(([x, y]) => `${n(x)} ${n(y)}`).join(" L")} Z" fill="url(#${id}-${i})"/>`;
  }
  return { defs, body };
}

/** Wind ripples on the nearest dune: faint lines that follow its ridge downhill. */
function windRipples(r: Random, p: Palette, points: Point[], height: number, base: number): string {
  let lines = "";
  for (let k = 1; k <= 9; k++) {
    const offset = (height - base) * (0.1 + k * 0.09) + r.range(-4, 4);
    const shifted = points.map(([x, y]): Point => [x + r.range(-20, 20), y + offset * (1 + r.range(-0.1, 0.1))]);
    lines += `<path d="${smoothLine(shifted)}" fill="none" stroke="${k % 2 ? p.sand[1] : "#ffffff"}" stroke-width="${n(1 + k * 0.3)}" opacity="${k % 2 ? 0.12 : 0.18}"/>`;
  }
  return lines;
}

function grass(r: Random, p: Palette, points: Point[], width: number, height: number, scale: number): string {
  let blades = "";
  const clumps = r.int(5, 10);
  for (let c = 0; c < clumps; c++) {
    const cx = width * r.range(0, 1);
    const rootY = heightAt(points, cx) + height * 0.012 * scale;
    for (let b = r.int(10, 22); b > 0; b--) {
      const x = cx + r.range(-1, 1) * width * 0.02 * scale;
      const tall = height * r.range(0.03, 0.09) * scale;
      const lean = r.range(-0.6, 0.6) * tall;
      blades += `<path d="M${n(x)} ${n(rootY)} Q${n(x + lean * 0.2)} ${n(rootY - tall * 0.6)} ${n(x + lean)} ${n(rootY - tall)}" fill="none" stroke="${mix(p.grass, p.sand[0], r.range(0, 0.35))}" stroke-width="${n(r.range(1, 2.6) * scale)}" stroke-linecap="round"/>`;
    }
  }
  return blades;
}

function fence(r: Random, p: Palette, points: Point[], width: number, height: number): string {
  const start = width * r.range(0.05, 0.4);
  const span = width * r.range(0.3, 0.5);
  let posts = "";
  for (let x = start; x < start + span; x += width * 0.011) {
    const y = heightAt(points, x) + height * 0.02;
    const tall = height * r.range(0.028, 0.036);
    posts += `<rect x="${n(x)}" y="${n(y - tall)}" width="${n(width * 0.0035)}" height="${n(tall)}" fill="${mix(p.land, p.sand[1], 0.3)}"/>`;
  }
  return posts;
}

export function duneField(r: Random, p: Palette, width: number, height: number, horizon: number, options: { layers: number; fence: boolean; sunX: number }): Layer {
  const haze = p.sky[p.sky.length - 1]!;
  let defs = "";
  let body = "";
  for (let i = 0; i < options.layers; i++) {
    const depth = options.layers === 1 ? 1 : i / (options.layers - 1);
    const base = horizon + (height - horizon) * (0.08 + 0.5 * depth ** 1.4);
    const points = ridge(r, width, base, height * (0.03 + 0.2 * depth));
    const distance = (1 - depth) * 0.5;
    const area = filledBelow(points, height);
    defs += verticalGradient(`dune-${i}`, [[0, mix(p.sand[0], haze, distance)], [0.5, mix(mix(p.sand[0], p.sand[1], 0.45), haze, distance)], [1, mix(p.sand[1], haze, distance * 0.8)]]);
    const shadows = leeShadows(`lee-${i}`, points, options.sunX < width / 2, mix(p.sand[1], haze, distance), 0.35 + 0.3 * depth, (height - base) * 0.5 + height * 0.05);
    defs += shadows.defs + `<clipPath id="dune-clip-${i}"><path d="${area}"/></clipPath>`;
    body += `<path d="${area}" fill="url(#dune-${i})"/><g clip-path="url(#dune-clip-${i})">${shadows.body}</g>`;
    body += `<path d="${smoothLine(points)}" fill="none" stroke="${mix(p.sand[0], "#ffffff", 0.5)}" stroke-width="${n(1 + depth * 2)}" opacity="0.35"/>`;
    if (options.fence && i === options.layers - 2) body += fence(r, p, points, width, height);
    if (depth === 1) body += `<g clip-path="url(#dune-clip-${i})">${windRipples(r, p, points, height, base)}</g>`;
    if (depth > 0.6) body += grass(r, p, points, width, height, 0.5 + depth * 0.7);
  }
  return { defs, body };
}
