// track_order and check_gift_card: the tracking page's and the balance page's own calls, drawing on
// the same per-client limits, with their generic answers for a wrong pair or an unusable code
// (findings 29, 39, 40). Neither can look anything up by e-mail alone or say whether a code exists.
import { z } from "zod";
import { formatMoney } from "../../../app/shared/money";
import { ORDER_STATUS_LABELS } from "../../../app/shared/order-status";
import { checkGiftCardForClient } from "../../giftcards/balance";
import { trackOrderForClient } from "../../orders/track-order";
import { defineTool, toolText } from "./tool";

export const trackOrderTool = defineTool({
  name: "track_order",
  description: "An order's status and tracking link. Needs BOTH the order number and the e-mail address it was placed with, as the shopper gave them.",
  label: "Looking up your order",
  input: z.strictObject({ orderNumber: toolText(40).describe("e.g. PR-2026-000123"), email: toolText(254) }),
  async run(ctx, input) {
    const order = await trackOrderForClient(ctx, { number: input.orderNumber, email: input.email });
    const trackingUrl = order.shipment?.trackingUrl ?? null;
    return {
      data: { number: order.number, status: order.status, placedAt: order.placedAt, trackingUrl },
      display: { kind: "order", order: { number: order.number, status: order.status, statusLabel: ORDER_STATUS_LABELS[order.status], placedAt: order.placedAt, trackingUrl } },
    };
  },
});

export const checkGiftCardTool = defineTool({
  name: "check_gift_card",
  description: "The balance of a gift card, from the code the shopper typed. Any code that cannot be used gets one and the same answer.",
  label: "Checking the gift card",
  input: z.strictObject({ code: toolText(100) }),
  async run(ctx, input) {
    const check = await checkGiftCardForClient(ctx, { code: input.code });
    const data = check.valid
      ? { valid: true, last4: check.last4, balance: formatMoney(check.balanceCents, check.currency), available: formatMoney(check.availableCents, check.currency), availableCents: check.availableCents, expiresAt: check.expiresAt }
      : { valid: false, message: check.message };
    return { data, display: { kind: "none" } };
  },
});
