// The analysis heuristic on the ≤ 1568 px copy: the wall's quad from an edge map at ~256 px, and its
// colour as the median of that region. No model and no network: the same answer on every machine.
import sharp from "sharp";
import type { WallAnalysis, WallPoint } from "../../db/schema/mockups";
import { flatMask, inset, largestFlatRect, type Rect } from "./wall-region";

const WORKING_EDGE = 256;
/** A flat region smaller than this share of the photo is noise, not a wall. */
const MIN_REGION_SHARE = 0.04;

export type WallProposal = Omit<WallAnalysis, "suggestedPhotoIds">;

function medianOf(histogram: Uint32Array, count: number): number {
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value]!;
    if (seen * 2 >= count) return value;
  }
  return 255;
}

function medianColour(rgb: Buffer, width: number, region: Rect): string {
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  for (let y = region.top; y < region.top + region.height; y++) {
    for (let x = region.left; x < region.left + region.width; x++) {
      for (let c = 0; c < 3; c++) histograms[c]![rgb[(y * width + x) * 3 + c]!]!++;
    }
  }
  const count = region.width * region.height;
  return "#" + histograms.map((h) => medianOf(h, count).toString(16).padStart(2, "0")).join("");
}

/** Corners in the stored image's pixels, clockwise from the top left. */
function cornersOf(region: Rect, scaleX: number, scaleY: number): WallAnalysis["corners"] {
  const point = (x: number, y: number): WallPoint => ({ x: Math.round(x * scaleX), y: Math.round(y * scaleY) });
  const right = region.left + region.width;
  const bottom = region.top + region.height;
  return [point(region.left, region.top), point(right, region.top), point(right, bottom), point(region.left, bottom)];
}

/** `imageSize` is the stored image's, whose proportions the analysis copy shares. */
export async function proposeWall(analysisCopy: Buffer, imageSize: { width: number; height: number }): Promise<WallProposal> {
  const { data, info } = await sharp(analysisCopy, { failOn: "error" })
    .resize({ width: WORKING_EDGE, height: WORKING_EDGE, fit: "inside" })
    .removeAlpha()
    .blur(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = Math.round(0.299 * data[i * 3]! + 0.587 * data[i * 3 + 1]! + 0.114 * data[i * 3 + 2]!);
  const found = largestFlatRect(flatMask({ data: grey, width, height }), width, height);
  // Too busy a photo to find a wall in: the middle half, for the shopper to drag into place.
  const region =
    found && found.width * found.height >= MIN_REGION_SHARE * width * height
      ? inset(found, 0.05)
      : { left: Math.round(width / 4), top: Math.round(height / 4), width: Math.round(width / 2), height: Math.round(height / 2) };
  return {
    corners: cornersOf(region, imageSize.width / width, imageSize.height / height),
    wallColour: medianColour(data, width, region),
  };
}
