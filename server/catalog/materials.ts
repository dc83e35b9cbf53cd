// What each print material is, for the photo page: what a buyer of a fine-art print asks before
// paying (what it is printed on, how it looks, how it arrives and how it goes on the wall). The
// names are the pages' own (materialNames in app/lib/json-ld.tsx).
import type { PhotoVariant } from "./photos";

export type MaterialGuide = { material: PhotoVariant["material"]; what: string; finish: string; mounting: string; hanging: string };

const guides: Record<PhotoVariant["material"], Omit<MaterialGuide, "material">> = {
  paper: {
    what: "A giclée print with archival pigment inks on 310 gsm cotton rag paper, rated to last over a century without fading.",
    finish: "Matte, with a soft texture and no glare: deep blacks without reflections.",
    mounting: "Unframed, with a 2 in white border to frame or mat; it ships flat between boards.",
    hanging: "Put it in a frame of the print's outer size, or any frame with a mat cut to the image.",
  },
  canvas: {
    what: "Pigment inks on a cotton-blend canvas, stretched by hand over a 1.5 in pine frame, the image wrapping round the edges.",
    finish: "Satin, with the weave of the canvas visible up close and a protective coat against scuffs and UV.",
    mounting: "Gallery-wrapped: no frame needed, the sides are part of the print.",
    hanging: "A sawtooth hanger on the frame (a wire on sizes over 30 in); one nail or hook holds it.",
  },
  metal: {
    what: "The photo is infused into a sheet of white-coated aluminium with heat, so the colours sit inside the surface.",
    finish: "Gloss, vivid and luminous; it wipes clean and needs no glass.",
    mounting: "A recessed aluminium float mount on the back holds it 0.5 in off the wall, so it seems to hover.",
    hanging: "The float mount hangs on one nail or screw; sizes over 30 in come with a French cleat.",
  },
};

/** The guides for the materials these variants come in, in the picker's order. */
export function materialGuidesFor(variants: readonly Pick<PhotoVariant, "material">[]): MaterialGuide[] {
  return (Object.keys(guides) as PhotoVariant["material"][]).filter((m) => variants.some((v) => v.material === m)).map((material) => ({ material, ...guides[material] }));
}

/** "Limited edition of 25 …", "Open edition, each print signed …", or null when there is nothing to say. */
export function editionNote({ size, signed }: { size: number | null; signed: boolean }): string | null {
  if (size !== null) return `Limited edition of ${size} across all sizes${signed ? ", each print signed and numbered" : ", numbered"}.`;
  return signed ? "Open edition, each print signed by the photographer." : null;
}
