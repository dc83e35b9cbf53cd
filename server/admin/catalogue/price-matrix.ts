// A photo's prices as one table of sizes × materials. Saving writes every cell in one transaction
// with one audit row (the whole table before and after). A variant is never deleted: carts and
// orders point at it, so a cell emptied is a variant taken off sale, its last price kept.
import { asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../../db/client";
import { printVariants } from "../../../db/schema/index";
import { badInput } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "./catalogue-changed";
import { loadAdminPhoto } from "./photo-admin";
import { cellKey, materials, printPriceCents, sizeKey, sizesForAspect, type Material, type PrintSize } from "./matrix-sizes";
import type { PriceCell } from "./price-form";

export type MatrixCell = { variantId: number | null; priceCents: number | null; isActive: boolean; suggestedCents: number };
export type PriceMatrix = {
  photo: { id: number; title: string; slug: string; aspectRatio: number; orientation: string; hasOriginal: boolean };
  materials: readonly Material[];
  sizes: PrintSize[];
  /** by `cellKey` */
  cells: Record<string, MatrixCell>;
};

type VariantRow = { id: number; material: Material; widthIn: number; heightIn: number; priceCents: number; isActive: boolean };

async function variantsOf(db: DbOrTx, photoId: number, lock = false): Promise<VariantRow[]> {
  const query = db
    .select({ id: printVariants.id, material: printVariants.material, widthIn: printVariants.widthIn, heightIn: printVariants.heightIn, priceCents: printVariants.priceCents, isActive: printVariants.isActive })
    .from(printVariants)
    .where(eq(printVariants.photoId, photoId))
    .orderBy(asc(printVariants.id));
  return lock ? query.for("update") : query;
}

/** The photo's own sizes, and any size it is sold in already (from before its image changed shape). */
function sizesOf(aspectRatio: number, variants: VariantRow[]): PrintSize[] {
  const sizes = new Map(sizesForAspect(aspectRatio).map((size) => [sizeKey(size), size]));
  for (const { widthIn, heightIn } of variants) sizes.set(sizeKey({ widthIn, heightIn }), { widthIn, heightIn });
  return [...sizes.values()].sort((a, b) => a.widthIn * a.heightIn - b.widthIn * b.heightIn || a.widthIn - b.widthIn);
}

export async function loadPriceMatrix(db: DbOrTx, rawId: string | number | undefined): Promise<PriceMatrix> {
  const photo = await loadAdminPhoto(db, rawId);
  const variants = await variantsOf(db, photo.id);
  const sizes = sizesOf(photo.aspectRatio, variants);
  const byKey = new Map(variants.map((v) => [cellKey(v.material, v), v]));
  const cells: Record<string, MatrixCell> = {};
  for (const material of materials) {
    for (const size of sizes) {
      const variant = byKey.get(cellKey(material, size));
      cells[cellKey(material, size)] = { variantId: variant?.id ?? null, priceCents: variant?.priceCents ?? null, isActive: variant?.isActive ?? false, suggestedCents: printPriceCents(material, size.widthIn, size.heightIn) };
    }
  }
  const { id, title, slug, aspectRatio, orientation, hasOriginal } = photo;
  return { photo: { id, title, slug, aspectRatio, orientation, hasOriginal }, materials, sizes, cells };
}

const snapshot = (variants: VariantRow[]) =>
  variants.map(({ material, widthIn, heightIn, priceCents, isActive }) => ({ material, size: sizeKey({ widthIn, heightIn }), priceCents, isActive }));

export async function savePriceMatrix(db: Db, admin: Admin, rawId: string | number | undefined, cells: PriceCell[]): Promise<{ changed: number }> {
  return db.transaction(async (tx) => {
    const photo = await loadAdminPhoto(tx, rawId, true);
    const before = await variantsOf(tx, photo.id, true);
    const offered = new Set(sizesOf(photo.aspectRatio, before).map(sizeKey));
    const existing = new Map(before.map((v) => [cellKey(v.material, v), v]));
    let changed = 0;
    for (const cell of cells) {
      if (!offered.has(sizeKey(cell))) throw badInput(`${cell.widthIn}×${cell.heightIn} in is not a size of this photo; reload the page to see its sizes.`);
      const variant = existing.get(cellKey(cell.material, cell));
      if (cell.priceCents === null) {
        if (variant?.isActive) {
          await tx.update(printVariants).set({ isActive: false }).where(eq(printVariants.id, variant.id));
          changed += 1;
        }
      } else if (!variant) {
        await tx.insert(printVariants).values({ photoId: photo.id, material: cell.material, widthIn: cell.widthIn, heightIn: cell.heightIn, priceCents: cell.priceCents, isActive: cell.isActive });
        changed += 1;
      } else if (variant.priceCents !== cell.priceCents || variant.isActive !== cell.isActive) {
        await tx.update(printVariants).set({ priceCents: cell.priceCents, isActive: cell.isActive }).where(eq(printVariants.id, variant.id));
        changed += 1;
      }
    }
    if (changed > 0) {
      const after = await variantsOf(tx, photo.id);
      await recordAudit(tx, { adminUserId: admin.id, action: "photo.prices", subject: { type: "photo", id: photo.id }, before: snapshot(before), after: snapshot(after) });
      await notifyCatalogueChanged(tx);
    }
    return { changed };
  });
}
