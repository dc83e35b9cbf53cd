import { describe, expect, it } from "vitest";
import { action as purchasePageAction } from "../../app/routes/gift-cards._index";
import { parseForm } from "../forms/parse-form";
import { giftCardPurchaseFormSchema } from "./purchase-form";
import { deliveryTime, dollarsToCents, GIFT_CARD_MAX_CENTS, GIFT_CARD_MIN_CENTS } from "./purchase-input";

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function form(fields: Record<string, string>) {
  const data = new FormData();
  const defaults = { amount: "5000", recipientName: "Ada Lovelace", recipientEmail: "ada@example.com", senderName: "Charles", message: "", deliverOn: "", buyerEmail: "charles@example.com" };
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) data.set(key, value);
  return data;
}

/** The form's fields through its schema, as the page's action parses them. */
function parsePurchaseForm(data: FormData) {
  const parsed = parseForm(giftCardPurchaseFormSchema, data);
  return parsed.ok ? { ok: true, purchase: parsed.data } : { ok: false, errors: parsed.failure.fieldErrors };
}

describe("the gift card purchase form", () => {
  it("accepts a preset amount and fills in the defaults", () => {
    expect(parsePurchaseForm(form({}))).toEqual({
      ok: true,
      purchase: { amountCents: 5000, recipientName: "Ada Lovelace", recipientEmail: "ada@example.com", senderName: "Charles", message: "", buyerEmail: "charles@example.com", subscribe: false },
    });
  });

  it("takes a custom amount in dollars within the bounds, and names the field that is wrong", () => {
    expect(parsePurchaseForm(form({ amount: "custom", customAmount: "$75.50" }))).toMatchObject({ ok: true, purchase: { amountCents: 7550 } });
    expect(parsePurchaseForm(form({ amount: "", customAmount: "40" }))).toMatchObject({ ok: true, purchase: { amountCents: 4000 } });
    for (const customAmount of ["9.99", "1000.01", "abc", "", "-20", "10.001"]) {
      const result = parsePurchaseForm(form({ amount: "custom", customAmount }));
      expect(result, customAmount).toMatchObject({ ok: false, errors: { customAmount: "Choose an amount from $10 to $1,000." } });
    }
    expect(parsePurchaseForm(form({ amount: String(GIFT_CARD_MAX_CENTS + 1) }))).toMatchObject({ ok: false, errors: { amount: expect.any(String) } });
    expect(parsePurchaseForm(form({ amount: String(GIFT_CARD_MIN_CENTS) }))).toMatchObject({ ok: true });
  });

  it("needs the recipient, the sender and valid addresses, and collapses names to one line", () => {
    const result = parsePurchaseForm(form({ recipientName: "  ", recipientEmail: "nope", senderName: "", buyerEmail: "also@nope" }));
    expect(result).toMatchObject({ ok: false, errors: { recipientName: expect.any(String), recipientEmail: expect.any(String), senderName: expect.any(String), buyerEmail: expect.any(String) } });
    expect(parsePurchaseForm(form({ recipientName: "Ada\r\nBcc: x@example.com", recipientEmail: " ADA@Example.COM " }))).toMatchObject({
      ok: true,
      purchase: { recipientName: "Ada Bcc: x@example.com", recipientEmail: "ada@example.com" },
    });
    expect(parsePurchaseForm(form({ message: "x".repeat(501) }))).toMatchObject({ ok: false, errors: { message: expect.any(String) } });
  });

  it("accepts a delivery date from today up to a year ahead, and delivers it at 14:00 UTC", () => {
    expect(parsePurchaseForm(form({ deliverOn: day(30), subscribe: "on" }))).toMatchObject({ ok: true, purchase: { deliverOn: day(30), subscribe: true } });
    for (const deliverOn of [day(-3), day(400), "24/12/2026", "2026-02-30"]) {
      expect(parsePurchaseForm(form({ deliverOn })), deliverOn).toMatchObject({ ok: false, errors: { deliverOn: expect.any(String) } });
    }
    expect(deliveryTime("2099-12-24")).toEqual(new Date("2099-12-24T14:00:00Z"));
    const now = new Date("2026-05-01T20:00:00Z");
    expect(deliveryTime("2026-05-01", now)).toEqual(now);
    expect(deliveryTime(undefined, now)).toEqual(now);
  });

  it("reads dollars without floating point error", () => {
    expect(dollarsToCents("19.99")).toBe(1999);
    expect(dollarsToCents("0.1")).toBe(10);
    expect(Number.isNaN(dollarsToCents("1e3"))).toBe(true);
  });
});

describe("the /gift-cards page action", () => {
  const post = async (fields: Record<string, string>) => {
    const response = (await purchasePageAction({ request: new Request("http://localhost/gift-cards", { method: "POST", body: form(fields) }), context: {} as never, params: {} })) as Response;
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("answers 400 with a message per field and what was typed, so the page can refill the form", async () => {
    const { status, body } = await post({ recipientEmail: "nope", message: "Happy birthday" });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, fieldErrors: { recipientEmail: expect.any(String) }, values: { recipientEmail: "nope", message: "Happy birthday" } });
  });
});
