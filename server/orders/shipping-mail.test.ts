import { describe, expect, it } from "vitest";
import { amountLines } from "./amounts";
import type { MailedOrderView } from "./order-view";
import { shippingMail } from "./shipping-mail";

const links = { publicUrl: "https://prints.example.com", orderUrl: "https://prints.example.com/track-order?order=PR-2026-000042&sig=abc" };

function shippedOrder(shipment: MailedOrderView["shipment"]): MailedOrderView {
  const money = { subtotalCents: 4500, shippingCents: 0, taxCents: null, discountCents: 0, giftCardLast4: null, totalCents: 4500, currency: "usd" };
  return {
    number: "PR-2026-000042",
    status: "shipped",
    placedAt: new Date().toISOString(),
    email: "ada@example.com",
    customerName: "Ada <b>",
    shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    ...money,
    refundedCents: 0,
    amounts: amountLines(money, { totalLabel: "Total paid" }),
    timeline: [],
    shipTo: null,
    shipment,
    items: [{ title: "Harbour at Dawn", description: "12 × 8 in", unitPriceCents: 4500, quantity: 1, totalCents: 4500, thumbnail: null }],
  };
}

describe("the shipping e-mail", () => {
  it("names the carrier and number, links the carrier's page and the order, and escapes the name", () => {
    const mail = shippedOrder({ carrier: "Local Courier", trackingNumber: "ABCD1234", trackingUrl: "https://courier.example/t/ABCD1234?x=1&y=2" });
    const { subject, text, html } = shippingMail(mail, links);
    expect(subject).toBe("Your Printroom order PR-2026-000042 has shipped");
    expect(text).toContain("Carrier: Local Courier · Tracking number: ABCD1234");
    expect(text).toContain("Track the parcel: https://courier.example/t/ABCD1234?x=1&y=2");
    expect(text).toContain(`Follow your order: ${links.orderUrl}`);
    expect(text).toContain("Montauk NY 11954");
    expect(html).toContain('href="https://courier.example/t/ABCD1234?x=1&amp;y=2"');
    expect(html).toContain("Ada &lt;b&gt;");
  });

  it("a carrier without a tracking page gets no parcel button, only the order's link", () => {
    const { text } = shippingMail(shippedOrder({ carrier: "Hand delivery", trackingNumber: "HAND-0001", trackingUrl: null }), links);
    expect(text).toContain("Carrier: Hand delivery · Tracking number: HAND-0001");
    expect(text).not.toContain("Track the parcel");
    expect(text).toContain(`Follow your order: ${links.orderUrl}`);
  });
});
