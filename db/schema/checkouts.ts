// A checkout attempt: the cart as it was priced when the shopper went to pay, linked to the
// payment provider's session. Orders are made from this snapshot, never from the live cart.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { carts } from "./cart";

export const checkoutStatus = pgEnum("checkout_status", ["open", "awaiting_payment", "paid", "expired", "payment_failed"]);
/** order: prints and the book from the cart; gift_card: buying a gift card, which issues a card when paid */
export const checkoutKind = pgEnum("checkout_kind", ["order", "gift_card"]);

export type CheckoutLine = {
  variantId: number | null;
  productId: number | null;
  title: string;
  description: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
};

/** What a gift card buyer filled in (server/giftcards/purchase-input.ts), kept until the payment completes. */
export type CheckoutGiftCardPurchase = {
  amountCents: number;
  recipientName: string;
  recipientEmail: string;
  senderName: string;
  message: string;
  deliverOn?: string | undefined;
  buyerEmail: string;
  subscribe: boolean;
};

export const checkouts = pgTable(
  "checkouts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** the shopper's session id: only that shopper sees the outcome page */
    sessionId: text().notNull(),
    cartId: uuid().references(() => carts.id, { onDelete: "set null" }),
    email: text().notNull(),
    newsletterOptIn: boolean().notNull().default(false),
    status: checkoutStatus().notNull().default("open"),
    kind: checkoutKind().notNull().default("order"),
    giftCardPurchase: jsonb().$type<CheckoutGiftCardPurchase>(),
    lines: jsonb().$type<CheckoutLine[]>().notNull(),
    subtotalCents: integer().notNull(),
    discountCents: integer().notNull().default(0),
    /** the exact rate for shippingCountry's zone, charged as the session's shipping option */
    shippingCents: integer().notNull().default(0),
    /** the destination the rate is for; the payment page collects addresses in this country only */
    shippingCountry: text(),
    giftCardLast4: text(),
    /** before tax: Stripe Tax, when on, adds its part on the payment page */
    totalCents: integer().notNull(),
    currency: text().notNull().default("usd"),
    providerSessionId: text().unique(),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.cartId),
    index().on(t.sessionId),
    check("checkouts_totals_nonnegative", sql`${t.subtotalCents} >= 0 and ${t.discountCents} >= 0 and ${t.shippingCents} >= 0 and ${t.totalCents} >= 0`),
    check("checkouts_total_is_subtotal_plus_shipping_less_discount", sql`${t.totalCents} = ${t.subtotalCents} + ${t.shippingCents} - ${t.discountCents}`),
    check("checkouts_gift_card_purchase_iff_kind", sql`(${t.kind} = 'gift_card') = (${t.giftCardPurchase} is not null)`),
  ],
);
