// Deletes carts nobody has touched for 30 days (finding 50). A cart an order points to is kept (the
// order's link to it stays), and so is one a recent checkout was made from.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export const STALE_CART_DAYS = 30;

/** Deletes in batches so no single statement holds many row locks; returns how many carts went. */
export async function deleteStaleCarts(db: DbOrTx, options: { olderThanDays?: number; batchSize?: number } = {}): Promise<number> {
  const days = options.olderThanDays ?? STALE_CART_DAYS;
  const batchSize = options.batchSize ?? 1000;
  let deleted = 0;
  for (;;) {
    const rows = await db.execute<{ id: string }>(sql`
      delete from carts where id in (
        select c.id from carts c
        where c.updated_at < now() - make_interval(days => ${days})
          and not exists (select 1 from orders o where o.cart_id = c.id)
          and not exists (select 1 from checkouts k where k.cart_id = c.id and k.created_at >= now() - make_interval(days => ${days}))
          and not exists (select 1 from cart_items i where i.cart_id = c.id and i.added_at >= now() - make_interval(days => ${days}))
        limit ${batchSize}
        for update skip locked
      )
      returning id`);
    deleted += rows.length;
    if (rows.length < batchSize) return deleted;
  }
}
