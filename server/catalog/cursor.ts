// Opaque keyset cursors for photo lists: stable under inserts, and garbage is a clear 400.
import { z } from "zod";
import { badInput } from "../errors";

// Bounded to Postgres `integer`, so a forged cursor is refused here rather than by the database.
const int4 = z.number().int().min(-2_147_483_648).max(2_147_483_647);
const cursorSchema = z.object({ s: int4, i: int4.positive() });
export type PhotoCursor = { sortOrder: number; id: number };

export function encodeCursor(cursor: PhotoCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sortOrder, i: cursor.id })).toString("base64url");
}

export function decodeCursor(value: string): PhotoCursor {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return { sortOrder: parsed.s, id: parsed.i };
  } catch {
    throw badInput("That page link is not valid; start again from the first page.");
  }
}
