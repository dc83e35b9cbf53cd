// What a shopper does with a whole mockup: delete their own, copy a saved one, buy its prints.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mockups } from "../../db/schema/mockups";
import { addToCart, getCart, type CartView } from "../cart/cart";
import { ownMockupForUpdate, visibleMockup } from "./mockup-access";
import { newMockupId } from "./mockup-id";
import { recomputeWallPhotoSaved } from "./wall-photo-saved";

/**
 * A draft was never shared, so its row goes at once; a saved one is marked deleted, so its link
 * answers "deleted by its owner", and its composite stays until the cleanup job removes it.
 */
export async function deleteMockup(db: Db, input: { id: string; sessionId: string | null }): Promise<{ id: string }> {
  await db.transaction(async (tx) => {
    const row = await ownMockupForUpdate(tx, input.id, input.sessionId);
    if (row.status === "draft") await tx.delete(mockups).where(eq(mockups.id, row.id));
    else await tx.update(mockups).set({ status: "deleted", deletedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(mockups.id, row.id));
    await recomputeWallPhotoSaved(tx, row.scene);
  });
  return { id: input.id };
}

/** "Edit a copy": a new draft of the caller's own with the same wall and prints. */
export async function copyMockup(db: Db, input: { id: string; sessionId: string }): Promise<{ id: string }> {
  const source = await visibleMockup(db, input.id, input.sessionId);
  const id = newMockupId();
  await db.insert(mockups).values({ id, sessionId: input.sessionId, scene: source.scene, title: source.title });
  return { id };
}

/** Every print on the wall, one of each placed, into the caller's cart in one transaction, at database prices. */
export async function addMockupToCart(db: Db, input: { id: string; sessionId: string }): Promise<CartView> {
  await db.transaction(async (tx) => {
    const mockup = await visibleMockup(tx, input.id, input.sessionId);
    for (const print of mockup.scene.prints) await addToCart(tx, input.sessionId, { variantId: print.variantId, quantity: 1 });
  });
  return getCart(db, input.sessionId);
}
