// The editor's draft, saved on the server as it changes so a reload or a dropped tab restores it.
import { sql } from "drizzle-orm";
import type { MockupScene } from "../../app/shared/wall";
import type { Db } from "../../db/client";
import { mockups } from "../../db/schema/mockups";
import { conflict } from "../errors";
import { ownMockupForUpdate } from "./mockup-access";
import { newMockupId } from "./mockup-id";
import { validateScene } from "./validate-scene";

/** Creates the session's draft, or replaces the scene of its own draft; a saved one is changed only by saving. */
export async function saveDraft(db: Db, input: { sessionId: string; id?: string; scene: MockupScene }): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const { scene } = await validateScene(tx, input.scene, input.sessionId);
    if (input.id === undefined) {
      const id = newMockupId();
      await tx.insert(mockups).values({ id, sessionId: input.sessionId, scene });
      return { id };
    }
    const row = await ownMockupForUpdate(tx, input.id, input.sessionId);
    if (row.status !== "draft") throw conflict("This mockup is saved; edit a copy to change it.");
    await tx.update(mockups).set({ scene, updatedAt: sql`now()` }).where(sql`${mockups.id} = ${row.id}`);
    return { id: row.id };
  });
}
