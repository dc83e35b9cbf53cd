// SVG building blocks shared by the scenes: colour mixing, gradients, smooth ridges, grain.
export type Point = [number, number];
/** A piece of a picture: what goes in <defs>, and what is drawn. */
export type Layer = { defs: string; body: string };

/** Coordinates are rounded so the SVG text (and so the rendered bytes) never depend on float noise. */
export const n = (value: number) => Math.round(value * 10) / 10;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function mix(from: string, to: string, amount: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * amount).toString(16).padStart(2, "0")).join("")}`;
}

export type Stop = [offset: number, color: string, opacity?: number];

const stopsSvg = (stops: Stop[]) =>
  stops.map(([offset, color, opacity]) => `<stop offset="${n(offset * 100)}%" stop-color="${color}"${opacity === undefined ? "" : ` stop-opacity="${opacity}"`}/>`).join("");

export const verticalGradient = (id: string, stops: Stop[]) => `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stopsSvg(stops)}</linearGradient>`;

export const radialGradient = (id: string, stops: Stop[]) => `<radialGradient id="${id}">${stopsSvg(stops)}</radialGradient>`;

/** Only for small radii: blurs are the slowest thing librsvg draws, so soft shapes use gradients instead. */
export const blurFilter = (id: string, deviation: number) => `<filter id="${id}"><feGaussianBlur stdDeviation="${n(deviation)}"/></filter>`;

/** An ellipse that fades out toward its rim: a cloud or a glow without the cost of a blur filter. */
export function softEllipse(id: string, cx: number, cy: number, rx: number, ry: number, color: string, opacity: number): Layer {
  return {
    defs: radialGradient(id, [[0, color, opacity], [0.55, color, n(opacity * 55) / 100], [1, color, 0]]),
    body: `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="url(#${id})"/>`,
  };
}

/** A Catmull-Rom curve through the points, written as cubic Béziers: rolling ridges and wave crests. */
export function smoothLine(points: Point[]): string {
  const [first] = points;
  if (!first) return "";
  let d = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** A ridge closed down to the bottom edge, to be filled as a layer of land or water. */
export const filledBelow = (points: Point[], bottom: number) => {
  const last = points[points.length - 1]!;
  const first = points[0]!;
  return `${smoothLine(points)} L${n(last[0])} ${n(bottom)} L${n(first[0])} ${n(bottom)} Z`;
};

/** A soft vignette, as a lens gives. */
export function vignette(width: number, height: number): Layer {
  return {
    defs: `<radialGradient id="vignette" cx="50%" cy="50%" r="75%"><stop offset="55%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.35"/></radialGradient>`,
    body: `<rect width="${width}" height="${height}" fill="url(#vignette)"/>`,
  };
}

export const svgDocument = (width: number, height: number, defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${defs}</defs>${body}</svg>`;
