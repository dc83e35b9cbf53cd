// After Remove or Empty the cart without JavaScript, the cart page (?putBack=…) offers the lines back.
import { useSearchParams } from "@remix-run/react";
import { buttonClass } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { parsePutBack } from "~/shared/cart-put-back";

export function PutBackNotice() {
  const [params] = useSearchParams();
  const text = params.get("putBack");
  const lines = parsePutBack(text);
  if (params.has("putBackRefused")) {
    return (
      <Notice tone="error" className="mt-4">
        We could not put those prints back: one may have sold out or reached the most we print of one item. Add them again from their pages.
      </Notice>
    );
  }
  if (!lines || !text) return null;
  const items = lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <Notice className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <span>
        Removed {items === 1 ? "1 item" : `${items} items`} from your cart.
      </span>
      <form method="post" action="/cart/put-back">
        <input type="hidden" name="lines" value={text} />
        <button type="submit" className={buttonClass("secondary", "min-h-11 text-sm")}>
          Put it back
        </button>
      </form>
    </Notice>
  );
}
