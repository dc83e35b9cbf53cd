// A catalogue photo (catalog.photoBySlug's answer) as the editor draws and sizes it.
import type { PrintMaterial } from "~/shared/wall";
import type { PrintPhoto } from "./editor-types";

type PhotoDetail = {
  slug: string;
  title: string;
  aspectRatio: number;
  image: { fallback: string; src: string } | null;
  variants: { id: number; material: PrintMaterial; widthIn: number; heightIn: number; priceCents: number }[];
};

export function printPhotoOf(photo: PhotoDetail): PrintPhoto {
  return {
    slug: photo.slug,
    title: photo.title,
    imageUrl: photo.image?.fallback ?? "",
    aspect: photo.aspectRatio,
    variants: photo.variants.map((v) => ({ ...v, variantId: v.id })),
  };
}
