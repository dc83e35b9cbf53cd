// What a tool showed beside the answer, from the shop's own data (never the model's words): photo
// cards, the cart, an order's status, a link into the wall editor.
import type { ChatToolDisplay } from "../../../server/chat/events";
import type { PhotoCard } from "../../../server/catalog/photos";
import type { CartView } from "~/lib/cart-context";
import { useCart } from "~/lib/cart-context";
import { materialNames } from "~/lib/json-ld";
import { formatMoney } from "~/shared/money";
import { ChatPhotoCard, type CardVariant, type ChatPhoto } from "./chat-photo-card";
import { safeHref } from "./markdown-parse";

const cardClass = "rounded-md border border-stone-200 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-900";
const linkClass = "font-medium underline underline-offset-2";

/** Only this site's own addresses are shown as images or followed as the shop's links. */
const ownPath = (value: string | null | undefined): string | null => {
  const target = value ? safeHref(value) : null;
  return target && !target.external ? target.href : null;
};

const isMaterial = (value: string): value is CardVariant["material"] => value in materialNames;

function fromSearch(photo: PhotoCard): ChatPhoto {
  return {
    slug: photo.slug,
    title: photo.title,
    href: `/photos/${encodeURIComponent(photo.slug)}`,
    imageUrl: ownPath(photo.image?.fallback),
    imageWidth: photo.image?.width,
    imageHeight: photo.image?.height,
    location: photo.location,
    fromPriceCents: photo.fromPriceCents,
  };
}

function CartCard({ cart }: { cart: CartView }) {
  const { openDrawer } = useCart();
  if (cart.lines.length === 0) {
    return (
      <section aria-label="Your cart" className={cardClass}>
        <p>Your cart is empty.</p>
      </section>
    );
  }
  return (
    <section aria-label="Your cart" className={cardClass}>
      <ul className="divide-y divide-stone-200 dark:divide-stone-700">
        {cart.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-3 py-2">
            <span>
              <span className="block font-medium">{line.title}</span>
              <span className="block text-stone-600 dark:text-stone-400">
                {line.description} · {line.quantity} × {formatMoney(line.unitPriceCents)}
              </span>
            </span>
            <span className="shrink-0 tabular-nums">{formatMoney(line.lineTotalCents)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 font-semibold dark:border-stone-700">
        <span>Subtotal</span>
        <span className="tabular-nums">{formatMoney(cart.subtotalCents)}</span>
      </p>
      <p className="mt-2 flex gap-4">
        <button type="button" onClick={openDrawer} className={linkClass}>
          View cart
        </button>
        <a href="/checkout" className={linkClass}>
          Checkout
        </a>
      </p>
    </section>
  );
}

function OrderCard({ order }: { order: Extract<ChatToolDisplay, { kind: "order" }>["order"] }) {
  const tracking = order.trackingUrl ? safeHref(order.trackingUrl) : null;
  const placed = new Date(order.placedAt);
  return (
    <section aria-label={`Order ${order.number}`} className={cardClass}>
      <p className="font-medium">Order {order.number}</p>
      <p>
        Status: <strong>{order.statusLabel}</strong>
      </p>
      {Number.isNaN(placed.getTime()) ? null : <p className="text-stone-600 dark:text-stone-400">Placed {placed.toLocaleDateString("en-US", { dateStyle: "long" })}</p>}
      {tracking?.external ? (
        <a href={tracking.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
          Track the parcel<span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : null}
    </section>
  );
}

export function ChatDisplay({ display }: { display: ChatToolDisplay }) {
  switch (display.kind) {
    case "photos":
      return (
        <ul aria-label="Photos" className="grid gap-2 sm:grid-cols-2">
          {display.photos.map((photo) => (
            <li key={photo.slug}>
              <ChatPhotoCard photo={fromSearch(photo)} />
            </li>
          ))}
        </ul>
      );
    case "photo": {
      const { photo } = display;
      const href = ownPath(photo.href) ?? `/photos/${encodeURIComponent(photo.slug)}`;
      // The label names the material too ("16 × 24 in · Canvas"): the card shows it in its own select.
      const variants = photo.variants.flatMap((v) => (isMaterial(v.material) ? [{ id: v.id, material: v.material, label: v.label.split(" · ")[0]!, priceCents: v.priceCents, widthIn: v.widthIn, heightIn: v.heightIn }] : []));
      return <ChatPhotoCard photo={{ slug: photo.slug, title: photo.title, href, imageUrl: ownPath(photo.imageUrl), fromPriceCents: null, variants }} />;
    }
    case "cart":
      return <CartCard cart={display.cart} />;
    case "order":
      return <OrderCard order={display.order} />;
    case "wall": {
      const href = ownPath(display.href);
      if (!href?.startsWith("/wall")) return null;
      return (
        <p className={cardClass}>
          <a href={href} className={linkClass}>
            Open the wall editor
          </a>
          <span className="block text-stone-600 dark:text-stone-400">{/[?&]room=/.test(href) ? "With the photo of your room." : "See the print at its real size on a wall."}</span>
        </p>
      );
    }
    case "none":
      return null;
  }
}
