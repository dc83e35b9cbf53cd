// get_photo and list_collections: the photo page's and the collections page's own services.
import { z } from "zod";
import { formatMoney } from "../../../app/shared/money";
import { listCollections } from "../../catalog/collections";
import { slugSchema } from "../../catalog/inputs";
import { getPhotoBySlug, type PhotoDetail } from "../../catalog/photos";
import type { ChatPhotoDetail } from "../events";
import { defineTool } from "./tool";

const materialNames = { paper: "Fine-art paper", canvas: "Canvas", metal: "Metal" } as const;

export function chatPhotoDetail(photo: PhotoDetail): ChatPhotoDetail {
  return {
    slug: photo.slug,
    title: photo.title,
    imageUrl: photo.image?.fallback ?? "",
    href: `/photos/${photo.slug}`,
    variants: photo.variants.map((v) => ({
      id: v.id,
      label: `${v.widthIn} × ${v.heightIn} in · ${materialNames[v.material]}`,
      material: v.material,
      widthIn: v.widthIn,
      heightIn: v.heightIn,
      priceCents: v.priceCents,
      price: formatMoney(v.priceCents),
    })),
  };
}

export const getPhoto = defineTool({
  name: "get_photo",
  description: "One photo's story and every size and material it is sold in, with each variant's id and price. Use the variant id to add it to the cart.",
  label: "Looking at the sizes",
  input: z.strictObject({ slug: slugSchema.describe("the photo's slug, from search_photos") }),
  async run(ctx, { slug }) {
    const photo = await getPhotoBySlug(ctx.db, slug);
    const detail = chatPhotoDetail(photo);
    return {
      data: {
        slug: photo.slug,
        title: photo.title,
        location: photo.location,
        story: photo.story || undefined,
        variants: photo.variants.map((v, i) => ({ id: v.id, label: detail.variants[i]!.label, material: v.material, widthIn: v.widthIn, heightIn: v.heightIn, priceCents: v.priceCents, price: formatMoney(v.priceCents) })),
      },
      display: { kind: "photo", photo: detail },
    };
  },
});

export const listCollectionsTool = defineTool({
  name: "list_collections",
  description: "The shop's collections with how many photos each holds.",
  label: "Looking at the collections",
  input: z.strictObject({}),
  async run(ctx) {
    const found = await listCollections(ctx.db);
    return { data: { collections: found.map((c) => ({ slug: c.slug, title: c.title, photoCount: c.photoCount })) }, display: { kind: "none" } };
  },
});
