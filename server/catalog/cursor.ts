// Opaque keyset cursors for photo lists: stable under inserts, and garbage is a clear 400. A cursor
// names the sort it was made for, so a link kept from another order cannot skip or repeat photos.
import { z } from "zod";
import { photoSorts, type PhotoSort } from "../../app/shared/print-sizes";
import { badInput } from "../errors";

// Bounded to Postgres `integer`, so a forged cursor is refused here rather than by the database.
const int4 = z.number().int().min(-2_147_483_648).max(2_147_483_647);
const cursorSchema = z.object({ o: z.enum(photoSorts), k: int4, i: int4.positive() });
/** `key`: the row's value in the sort (its sort order, id or matching price); `id` breaks ties. */
export type PhotoCursor = { sort: PhotoSort; key: number; id: number };

export function encodeCursor(cursor: PhotoCursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.sort, k: cursor.key, i: cursor.id })).toString("base64url");
}

export function decodeCursor(value: string, sort: PhotoSort): PhotoCursor {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (parsed.o !== sort) throw new Error("a cursor of another sort");
    return { sort: parsed.o, key: parsed.k, id: parsed.i };
  } catch {
    throw badInput("That page link is not valid; start again from the first page.");
  }
}

/** For pages: a cursor that does not decode for this sort means "first page", never an error. */
export function usableCursor(value: string | undefined, sort: PhotoSort): string | undefined {
  if (value === undefined) return undefined;
  try {
    decodeCursor(value, sort);
    return value;
  } catch {
    return undefined;
  }
}
