// Composes a whole picture for a seed photo from its scene, light and features.
import { palettes, type PaletteName } from "./palettes";
import { seededRandom } from "./prng";
import { headland, beach, rocks } from "./shore";
import { cloudBanks, clouds, sky, sunWithGlow, type Sun } from "./sky";
import { duneField } from "./dunes";
import { svgDocument, vignette, type Layer } from "./svg";
import { ripples, sea, sunPath, swells } from "./water";

export type Scene = "sunset" | "seascape" | "dunes";
export type Feature = "lighthouse" | "headland" | "beach" | "rocks" | "fence";

export type Artwork = { seed: string; scene: Scene; palette: PaletteName; features?: Feature[] };

export function drawArtwork(art: Artwork, width: number, height: number): string {
  const r = seededRandom(art.seed);
  const p = palettes[art.palette];
  const has = (feature: Feature) => art.features?.includes(feature) ?? false;
  const tall = height > width;
  const layers: Layer[] = [];

  if (art.scene === "sunset") {
    const horizon = height * r.range(tall ? 0.5 : 0.56, tall ? 0.6 : 0.66);
    const radius = Math.min(width, height) * r.range(0.045, 0.07);
    const sun: Sun = { x: width * r.range(0.3, 0.7), y: horizon - radius * r.range(-0.2, 1.6), radius };
    const shore = has("beach") ? horizon + (height - horizon) * r.range(0.5, 0.7) : height;
    layers.push(sky(p, width, horizon), sunWithGlow(p, width, horizon, sun, r.range(0.45, 0.7)), clouds(r, p, width, horizon, r.int(6, 14), sun));
    layers.push(sea(p, width, height, horizon), sunPath(r, p, shore, horizon, sun.x, radius), ripples(r, p, width, shore, horizon, r.int(10, 18)));
    if (has("headland") || has("lighthouse")) layers.push(headland(r, p, width, horizon, sun.x > width / 2 ? "left" : "right", has("lighthouse")));
    if (has("beach")) layers.push(beach(r, p, width, height, shore));
  } else if (art.scene === "seascape") {
    const horizon = height * r.range(tall ? 0.4 : 0.38, tall ? 0.5 : 0.48);
    const sun: Sun = { x: width * r.range(0.2, 0.8), y: horizon * r.range(0.25, 0.6), radius: Math.min(width, height) * 0.04 };
    const shore = horizon + (height - horizon) * r.range(0.55, 0.72);
    layers.push(sky(p, width, horizon), sunWithGlow(p, width, horizon, sun, r.range(0.3, 0.5)), cloudBanks(r, p, width, horizon, r.int(4, 9)));
    layers.push(clouds(r, p, width, horizon, r.int(3, 8), sun), sea(p, width, height, horizon), swells(r, p, width, horizon, shore, r.int(12, 18)));
    if (has("headland") || has("lighthouse")) layers.push(headland(r, p, width, horizon, r.chance(0.5) ? "left" : "right", has("lighthouse")));
    if (has("beach")) layers.push(beach(r, p, width, height, shore));
    if (has("rocks")) layers.push(rocks(r, p, width, height, shore + (height - shore) * 0.2, r.int(3, 6)));
  } else {
    const horizon = height * r.range(0.42, 0.55);
    const sun: Sun = { x: width * r.range(0.15, 0.85), y: horizon * r.range(0.45, 0.85), radius: Math.min(width, height) * r.range(0.03, 0.05) };
    layers.push(sky(p, width, horizon), sunWithGlow(p, width, horizon, sun, r.range(0.35, 0.6)), clouds(r, p, width, horizon, r.int(3, 8), sun));
    layers.push(sea(p, width, height, horizon), duneField(r, p, width, height, horizon, { layers: r.int(3, 5), fence: has("fence"), sunX: sun.x }));
  }

  layers.push(vignette(width, height));
  return svgDocument(width, height, layers.map((l) => l.defs).join(""), layers.map((l) => l.body).join(""));
}
