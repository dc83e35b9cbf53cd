// One line of the cart, in the drawer and on the cart page. Each control is a real form posting to
// /cart, so it works without JavaScript; with it, the shared cart context applies the change at once.
import type { FormEvent } from "react";
import { useCart, type CartView } from "~/lib/cart-context";
import { formatMoney } from "~/shared/money";

type Line = CartView["lines"][number];

const MAX_QUANTITY = 99;

function LineForm({ intent, itemId, quantity, onSubmit, children }: { intent: "setQuantity" | "remove"; itemId: number; quantity?: number; onSubmit: () => void; children: React.ReactNode }) {
  const handle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form method="post" action="/cart" onSubmit={handle}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      {quantity !== undefined ? <input type="hidden" name="quantity" value={quantity} /> : null}
      <input type="hidden" name="redirectTo" value="/cart" />
      {children}
    </form>
  );
}

const stepButton =
  "flex h-9 w-9 items-center justify-center rounded-full border border-stone-300 text-lg leading-none hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:cursor-not-allowed disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800 dark:focus-visible:outline-stone-100";

export function CartLineItem({ line, compact = false }: { line: Line; compact?: boolean }) {
  const { setQuantity, remove } = useCart();
  // A line the server has not saved yet has no id to change; its controls wait for the answer.
  const unsaved = line.id < 0;
  const size = compact ? 64 : 96;
  return (
    <li className="flex gap-4 py-4">
      {line.thumbnail ? (
        <img src={line.thumbnail} alt="" width={size} height={size} loading="lazy" className="shrink-0 rounded bg-stone-100 object-cover dark:bg-stone-800" style={{ width: size, height: size }} />
      ) : (
        <div aria-hidden="true" className="shrink-0 rounded bg-stone-100 dark:bg-stone-800" style={{ width: size, height: size }} />
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            <a href={line.href} className="font-medium underline-offset-2 hover:underline">
              {line.title}
            </a>
            <p className="text-sm text-stone-600 dark:text-stone-400">{line.description}</p>
            <p className="text-sm text-stone-600 dark:text-stone-400">{formatMoney(line.unitPriceCents)} each</p>
          </div>
          <p className="shrink-0 font-medium tabular-nums">{formatMoney(line.lineTotalCents)}</p>
        </div>
        <div className="flex items-center justify-between gap-2">
          <div role="group" aria-label={`Quantity of ${line.title}`} className="flex items-center gap-2">
            <LineForm intent="setQuantity" itemId={line.id} quantity={line.quantity - 1} onSubmit={() => void setQuantity(line.id, line.quantity - 1)}>
              <button type="submit" className={stepButton} disabled={unsaved || line.quantity <= 1} aria-label={`Decrease quantity of ${line.title}`}>
                <span aria-hidden="true">−</span>
              </button>
            </LineForm>
            <span className="min-w-8 text-center tabular-nums" aria-live="polite">
              {line.quantity}
            </span>
            <LineForm intent="setQuantity" itemId={line.id} quantity={line.quantity + 1} onSubmit={() => void setQuantity(line.id, line.quantity + 1)}>
              <button type="submit" className={stepButton} disabled={unsaved || line.quantity >= MAX_QUANTITY} aria-label={`Increase quantity of ${line.title}`}>
                <span aria-hidden="true">+</span>
              </button>
            </LineForm>
          </div>
          <LineForm intent="remove" itemId={line.id} onSubmit={() => void remove(line.id)}>
            <button type="submit" disabled={unsaved} aria-label={`Remove ${line.title} from cart`} className="rounded text-sm text-stone-700 underline underline-offset-2 hover:text-stone-950 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-40 dark:text-stone-300 dark:hover:text-white">
              Remove
            </button>
          </LineForm>
        </div>
      </div>
    </li>
  );
}
