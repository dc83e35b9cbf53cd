// The upper half of every picture: graded sky, a sun with its glow, and soft bands of cloud.
import type { Palette } from "./palettes";
import type { Random } from "./prng";
import { mix, n, radialGradient, softEllipse, verticalGradient, type Layer, type Stop } from "./svg";

export type Sun = { x: number; y: number; radius: number };

export function sky(p: Palette, width: number, horizon: number): Layer {
  const offsets = [0, 0.38, 0.68, 0.88, 1];
  const stops: Stop[] = p.sky.map((color, i) => [offsets[i] ?? 1, color]);
  return {
    defs: verticalGradient("sky", stops),
    body: `<rect width="${width}" height="${n(horizon + 2)}" fill="url(#sky)"/>`,
  };
}

/** The disc is clipped at the horizon so a setting sun sinks into the sea instead of floating on it. */
export function sunWithGlow(p: Palette, width: number, horizon: number, sun: Sun, glowReach: number): Layer {
  const glow = width * glowReach;
  return {
    defs:
      radialGradient("glow", [[0, p.glow, 0.9], [0.25, p.glow, 0.45], [1, p.glow, 0]]) +
      radialGradient("halo", [[0, "#ffffff", 0.9], [0.4, p.sun, 0.5], [1, p.sun, 0]]) +
      radialGradient("disc", [[0, "#ffffff"], [0.7, p.sun], [1, mix(p.sun, p.glow, 0.5)]]) +
      `<clipPath id="above-horizon"><rect width="${width}" height="${n(horizon)}"/></clipPath>`,
    body:
      `<ellipse cx="${n(sun.x)}" cy="${n(sun.y)}" rx="${n(glow)}" ry="${n(glow * 0.62)}" fill="url(#glow)"/>` +
      `<g clip-path="url(#above-horizon)"><circle cx="${n(sun.x)}" cy="${n(sun.y)}" r="${n(sun.radius * 3.2)}" fill="url(#halo)"/>` +
      `<circle cx="${n(sun.x)}" cy="${n(sun.y)}" r="${n(sun.radius)}" fill="url(#disc)"/></g>`,
  };
}

const join = (layers: Layer[]): Layer => ({ defs: layers.map((l) => l.defs).join(""), body: layers.map((l) => l.body).join("") });

/** Long, thin stratus bands; those near the sun take its colour and get a lit underside. */
export function clouds(r: Random, p: Palette, width: number, horizon: number, count: number, sun?: Sun): Layer {
  const parts: Layer[] = [];
  for (let i = 0; i < count; i++) {
    const y = horizon * r.range(0.08, 0.86);
    const x = width * r.range(-0.1, 1.1);
    const rx = width * r.range(0.1, 0.36);
    const ry = horizon * r.range(0.012, 0.04) * (0.6 + y / horizon);
    const nearSun = sun ? Math.max(0, 1 - Math.hypot(x - sun.x, y - sun.y) / (width * 0.6)) : 0;
    parts.push(softEllipse(`cloud-${i}`, x, y, rx, ry, mix(p.cloud, p.glow, nearSun * 0.7), n(r.range(0.45, 0.85) * 100) / 100));
    if (nearSun > 0.2) parts.push(softEllipse(`cloud-lit-${i}`, x + rx * 0.05, y + ry * 0.6, rx * 0.8, ry * 0.4, p.sun, n(nearSun * 70) / 100));
  }
  return join(parts);
}

/** Big soft cloud masses for overcast and stormy skies. */
export function cloudBanks(r: Random, p: Palette, width: number, horizon: number, count: number): Layer {
  const parts: Layer[] = [];
  for (let i = 0; i < count; i++) {
    const shade = mix(p.cloud, p.sky[0]!, r.range(0, 0.5));
    const y = horizon * r.range(0.05, 0.7);
    parts.push(softEllipse(`bank-${i}`, width * r.range(-0.1, 1.1), y, width * r.range(0.2, 0.5), horizon * r.range(0.08, 0.2), shade, n(r.range(0.4, 0.75) * 100) / 100));
  }
  return join(parts);
}
