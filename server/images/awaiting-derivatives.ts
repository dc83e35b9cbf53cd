// How many photos are still shown from their original file because their responsive copies are not
// made yet: on a first start the seed's derivative jobs take a minute or two, and /healthz says so.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export async function photosAwaitingDerivatives(db: DbOrTx): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`
    select count(distinct o.photo_id)::int as n from photo_images o
    where o.kind = 'original'
      and not exists (select 1 from photo_images d where d.photo_id = o.photo_id and d.kind = 'derivative')`);
  return row?.n ?? 0;
}
