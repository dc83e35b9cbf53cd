import { describe, expect, it } from "vitest";
import { applyAdd, applyClear, applyRemove, applySetQuantity, type CartLine, type CartView } from "./cart-optimistic";

const line = (over: Partial<CartLine>): CartLine => ({
  id: 1,
  kind: "print",
  variantId: 10,
  productId: null,
  title: "Dune Grass",
  description: "16 × 24 in · Canvas",
  href: "/photos/dune-grass?variant=10",
  thumbnail: null,
  shippingClass: "large_rigid",
  unitPriceCents: 21000,
  quantity: 1,
  lineTotalCents: 21000,
  ...over,
});
const cart = (lines: CartLine[]): CartView => ({ lines, itemCount: lines.reduce((n, l) => n + l.quantity, 0), subtotalCents: lines.reduce((n, l) => n + l.lineTotalCents, 0) });

describe("the cart shown while a change is on its way", () => {
  it("adding a print already in the cart raises its quantity and totals, never past 99", () => {
    const start = cart([line({ quantity: 2, lineTotalCents: 42000 })]);
    expect(applyAdd(start, { variantId: 10, quantity: 3 })).toEqual(cart([line({ quantity: 5, lineTotalCents: 105000 })]));
    expect(applyAdd(start, { variantId: 10, quantity: 98 }).lines[0]!.quantity).toBe(99);
  });

  it("a new print with what the page shows appears as an unsaved line with a negative id", () => {
    const next = applyAdd(cart([]), { variantId: 11, quantity: 2, preview: { title: "Pier", description: "8 × 10 in · Fine-art paper", href: "/photos/pier?variant=11", thumbnail: null, unitPriceCents: 4500 } });
    expect(next.lines[0]).toMatchObject({ kind: "print", variantId: 11, quantity: 2, lineTotalCents: 9000 });
    expect(next.lines[0]!.id).toBeLessThan(0);
    expect([next.itemCount, next.subtotalCents]).toEqual([2, 9000]);
  });

  it("a new print ships in the parcel the page named, so the drawer's estimate is right before the server answers", () => {
    const preview = { title: "Dune Grass", description: "30 × 45 in · Metal", href: "/photos/dune-grass?variant=14", thumbnail: null, unitPriceCents: 65000 };
    expect(applyAdd(cart([]), { variantId: 14, preview: { ...preview, shippingClass: "large_rigid" } }).lines[0]!.shippingClass).toBe("large_rigid");
    expect(applyAdd(cart([]), { variantId: 14, preview }).lines[0]!.shippingClass).toBe("small_paper");
  });

  it("a new thing without a preview counts in the badge until the server's cart arrives", () => {
    const start = cart([line({})]);
    const next = applyAdd(start, { productId: 3 });
    expect(next.lines).toEqual(start.lines);
    expect(next.itemCount).toBe(2);
    expect(applySetQuantity(next, 1, 4).itemCount).toBe(5);
  });

  it("sets, removes and clears", () => {
    const start = cart([line({ id: 1 }), line({ id: 2, variantId: 12, unitPriceCents: 5000, lineTotalCents: 5000 })]);
    expect(applySetQuantity(start, 2, 3)).toMatchObject({ itemCount: 4, subtotalCents: 21000 + 15000 });
    expect(applyRemove(start, 1)).toEqual(cart([start.lines[1]!]));
    expect(applyClear()).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
  });
});
