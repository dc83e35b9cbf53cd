// The balance of a usable gift card, as the balance page shows it after a check.
import type { UsableGiftCard } from "../../../server/giftcards/balance";
import { formatMoney } from "~/shared/money";

export function GiftCardBalance({ card }: { card: UsableGiftCard }) {
  const money = (cents: number) => formatMoney(cents, card.currency);
  return (
    <section role="status" aria-labelledby="gift-card-balance-heading" className="mt-6 rounded border border-stone-300 p-4 dark:border-stone-700">
      <h2 id="gift-card-balance-heading" className="text-lg font-semibold">
        Card ending in {card.last4}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt>Balance</dt>
        <dd className="tabular-nums">{money(card.balanceCents)}</dd>
        {card.heldCents > 0 ? (
          <>
            <dt>Held for a checkout in progress</dt>
            <dd className="tabular-nums">{money(card.heldCents)}</dd>
            <dt>Available now</dt>
            <dd className="tabular-nums">{money(card.availableCents)}</dd>
          </>
        ) : null}
        <dt>Expires</dt>
        <dd>{card.expiresAt ? card.expiresAt.slice(0, 10) : "Never"}</dd>
      </dl>
    </section>
  );
}
