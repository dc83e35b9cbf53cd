// The session's own mockups for "My walls": drafts and saved ones, newest first.
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { mockups } from "../../db/schema/mockups";
import { mediaUrl } from "../catalog/images";

export type MockupSummary = {
  id: string;
  status: "draft" | "saved";
  title: string | null;
  compositeUrl: string | null;
  printCount: number;
  /** ISO 8601 */
  updatedAt: string;
};

const MAX_LISTED = 100;

export async function listMyMockups(db: DbOrTx, sessionId: string | null): Promise<MockupSummary[]> {
  if (sessionId === null) return [];
  const rows = await db
    .select({ id: mockups.id, status: mockups.status, title: mockups.title, compositeKey: mockups.compositeKey, scene: mockups.scene, updatedAt: mockups.updatedAt })
    .from(mockups)
    .where(and(eq(mockups.sessionId, sessionId), inArray(mockups.status, ["draft", "saved"])))
    .orderBy(desc(mockups.updatedAt), desc(mockups.createdAt))
    .limit(MAX_LISTED);
  return rows.map((r) => ({
    id: r.id,
    status: r.status as "draft" | "saved",
    title: r.title,
    compositeUrl: r.compositeKey ? mediaUrl(r.compositeKey) : null,
    printCount: r.scene.prints.length,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
