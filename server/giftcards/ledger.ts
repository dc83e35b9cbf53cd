// The ledger invariant as one query: every gift card's stored numbers agree with its movements.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export type LedgerDisagreement = { giftCardId: number; holdId: number | null; problem: string };

/**
 * Cards and holds whose stored state does not follow from the ledger:
 * - balance_cents = sum of issue, redeem, refund_credit and adjustment entries;
 * - held_cents = sum of the card's active holds, and balance - held = sum of every entry but
 *   redeem (a redemption turns a hold into a debit, so counting both would count it twice);
 * - each hold has exactly the entries its status implies: its hold entry, plus a release entry
 *   if released or a redeem entry if redeemed, of its own amount; a refund credit only when
 *   redeemed, and of the redeemed amount.
 */
export async function ledgerDisagreements(db: DbOrTx): Promise<LedgerDisagreement[]> {
  const rows = await db.execute<{ gift_card_id: number; hold_id: number | null; problem: string }>(sql`
    with entries as (
      select gift_card_id,
        sum(amount_cents) filter (where kind in ('issue', 'redeem', 'refund_credit', 'adjustment')) as balance,
        sum(amount_cents) filter (where kind <> 'redeem') as available
      from gift_card_ledger group by gift_card_id
    ), holds as (
      select gift_card_id, sum(amount_cents) filter (where status = 'active') as held
      from gift_card_holds group by gift_card_id
    )
    select c.id as gift_card_id, null::int as hold_id,
      format('balance %s, held %s; ledger says balance %s, available %s; active holds %s',
        c.balance_cents, c.held_cents, coalesce(e.balance, 0), coalesce(e.available, 0), coalesce(h.held, 0)) as problem
    from gift_cards c
    left join entries e on e.gift_card_id = c.id
    left join holds h on h.gift_card_id = c.id
    where c.balance_cents <> coalesce(e.balance, 0)
      or c.held_cents <> coalesce(h.held, 0)
      or c.balance_cents - c.held_cents <> coalesce(e.available, 0)
      or c.balance_cents - c.held_cents < 0
    union all
    select h.gift_card_id, h.id,
      format('hold of %s is %s; ledger has hold %s, release %s, redeem %s, refund credit %s, other card %s',
        h.amount_cents, h.status, e.held, e.released, e.redeemed, e.credited, e.foreign_entries)
    from gift_card_holds h
    cross join lateral (
      select
        coalesce(sum(amount_cents) filter (where kind = 'hold'), 0) as held,
        coalesce(sum(amount_cents) filter (where kind = 'release'), 0) as released,
        coalesce(sum(amount_cents) filter (where kind = 'redeem'), 0) as redeemed,
        coalesce(sum(amount_cents) filter (where kind = 'refund_credit'), 0) as credited,
        count(*) filter (where l.gift_card_id <> h.gift_card_id) as foreign_entries
      from gift_card_ledger l where l.hold_id = h.id
    ) e
    where e.held <> -h.amount_cents
      or e.released <> case when h.status = 'released' then h.amount_cents else 0 end
      or e.redeemed <> case when h.status = 'redeemed' then -h.amount_cents else 0 end
      or (e.credited <> 0 and (h.status <> 'redeemed' or e.credited <> h.amount_cents))
      or e.foreign_entries > 0
    order by 1, 2 nulls first`);
  return rows.map((r) => ({ giftCardId: r.gift_card_id, holdId: r.hold_id, problem: r.problem }));
}

export async function ledgerAgrees(db: DbOrTx): Promise<boolean> {
  return (await ledgerDisagreements(db)).length === 0;
}
