// One line of the cart, in the drawer and on the cart page. Each control is a real form posting to
// /cart, so it works without JavaScript; with it, the shared cart context applies the change at once.
// Remove can be undone: a toast with JavaScript, a "Put it back" form on the next page without.
import { useEffect, useState, type FormEvent } from "react";
import { useCart, type CartView } from "~/lib/cart-context";
import { encodePutBack } from "~/shared/cart-put-back";
import { formatMoney } from "~/shared/money";
import { offerUndo } from "./cart-undo";

type Line = CartView["lines"][number];

const MAX_QUANTITY = 99;

function LineForm({ intent, itemId, quantity, redirectTo = "/cart", onSubmit, children }: { intent: "setQuantity" | "remove"; itemId: number; quantity?: number; redirectTo?: string; onSubmit: (form: HTMLFormElement) => void; children: React.ReactNode }) {
  const handle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(event.currentTarget);
  };
  return (
    // noValidate: a typed 150 must reach apply(), which clamps it and says so; the browser would refuse it silently.
    <form method="post" action="/cart" noValidate onSubmit={handle}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      {quantity !== undefined ? <input type="hidden" name="quantity" value={quantity} /> : null}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {children}
    </form>
  );
}

// 44 px: a finger's width (WCAG 2.5.5), on every screen rather than only on touch, for simplicity.
const stepButton =
  "flex h-11 w-11 items-center justify-center rounded-full border border-stone-300 text-lg leading-none hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:cursor-not-allowed disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800 dark:focus-visible:outline-stone-100";

/** What a typed quantity means: a number to send, or why it cannot be. */
function typedQuantity(text: string): { quantity: number; note?: string } | { error: string } {
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value)) return { error: "Type a whole number of prints." };
  if (value < 1) return { error: "To take this out of the cart, use Remove." };
  if (value > MAX_QUANTITY) return { quantity: MAX_QUANTITY, note: `${MAX_QUANTITY} is the most we print of one item, so the quantity is ${MAX_QUANTITY}.` };
  return { quantity: value };
}

function QuantityField({ line, disabled }: { line: Line; disabled: boolean }) {
  const { setQuantity } = useCart();
  const [text, setText] = useState(String(line.quantity));
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  // The steppers and the server change the quantity too: show theirs unless the shopper is typing.
  useEffect(() => setText(String(line.quantity)), [line.quantity]);
  const fieldId = `quantity-${line.id}`;
  const messageId = `${fieldId}-message`;
  const apply = (form: HTMLFormElement) => {
    const typed = typedQuantity(text);
    if ("error" in typed) {
      setMessage({ text: typed.error, refused: true });
      return;
    }
    setMessage(typed.note ? { text: typed.note, refused: false } : null);
    setText(String(typed.quantity));
    if (typed.quantity !== line.quantity) void setQuantity(line.id, typed.quantity);
    form.querySelector<HTMLInputElement>("input[name=quantity]")?.blur();
  };
  return (
    <LineForm intent="setQuantity" itemId={line.id} onSubmit={apply}>
      <label htmlFor={fieldId} className="sr-only">
        Quantity of {line.title}
      </label>
      <input
        id={fieldId}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUANTITY}
        step={1}
        required
        value={text}
        disabled={disabled}
        aria-invalid={message?.refused ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={(event) => event.currentTarget.form?.requestSubmit()}
        className="h-11 w-16 rounded-md border border-stone-300 bg-white text-center tabular-nums dark:border-stone-600 dark:bg-stone-900"
      />
      {/* Without JavaScript, Enter in the field sends it too; this says how. */}
      <noscript>
        <button type="submit" className="ml-2 min-h-11 text-sm underline underline-offset-2">
          Update
        </button>
      </noscript>
      {message ? (
        <p id={messageId} role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
          {message.text}
        </p>
      ) : null}
    </LineForm>
  );
}

export function CartLineItem({ line, compact = false }: { line: Line; compact?: boolean }) {
  const { setQuantity, remove } = useCart();
  // A line the server has not saved yet has no id to change; its controls wait for the answer.
  const unsaved = line.id < 0;
  const size = compact ? 64 : 96;
  const removeLine = async () => {
    if (await remove(line.id)) offerUndo([line]);
  };
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
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div role="group" aria-label={`Quantity of ${line.title}`} className="flex items-start gap-2">
            <LineForm intent="setQuantity" itemId={line.id} quantity={line.quantity - 1} onSubmit={() => void setQuantity(line.id, line.quantity - 1)}>
              <button type="submit" className={stepButton} disabled={unsaved || line.quantity <= 1} aria-label={`Decrease quantity of ${line.title}`}>
                <span aria-hidden="true">−</span>
              </button>
            </LineForm>
            <QuantityField line={line} disabled={unsaved} />
            <LineForm intent="setQuantity" itemId={line.id} quantity={line.quantity + 1} onSubmit={() => void setQuantity(line.id, line.quantity + 1)}>
              <button type="submit" className={stepButton} disabled={unsaved || line.quantity >= MAX_QUANTITY} aria-label={`Increase quantity of ${line.title}`}>
                <span aria-hidden="true">+</span>
              </button>
            </LineForm>
          </div>
          <LineForm intent="remove" itemId={line.id} redirectTo={`/cart?putBack=${encodePutBack([line])}`} onSubmit={() => void removeLine()}>
            <button type="submit" disabled={unsaved} aria-label={`Remove ${line.title} from cart`} className="inline-flex min-h-11 items-center rounded px-2 text-sm text-stone-700 underline underline-offset-2 hover:text-stone-950 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-40 dark:text-stone-300 dark:hover:text-white">
              Remove
            </button>
          </LineForm>
        </div>
      </div>
    </li>
  );
}
