import { describe, expect, it } from "vitest";
import { giftCardPurchaseConfirmationMail, giftCardRecipientMail } from "./mails";

const hostile = '<img src=x onerror="alert(1)">';

describe("the gift card mails", () => {
  it("the recipient's mail has the code, amount, message and balance link in both parts, with hostile names escaped in HTML", () => {
    const mail = giftCardRecipientMail({
      recipientName: `Grace ${hostile}`,
      senderName: "Alan & co",
      message: "Happy birthday <3\nSecond line",
      code: "7K3M-9P2Q-X8R4-T6V1",
      amountCents: 5000,
      currency: "usd",
      expiresAt: null,
      publicUrl: "https://prints.example.com",
    });
    expect(mail.subject).toBe("Alan & co sent you a Printroom gift card");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("7K3M-9P2Q-X8R4-T6V1");
      expect(part).toContain("$50");
      expect(part).toContain("https://prints.example.com/gift-cards/balance");
      expect(part).toContain("41 Harbour Lane");
    }
    expect(mail.text).toContain(`Hello Grace ${hostile},`);
    expect(mail.text).toContain("> Happy birthday <3\n> Second line");
    expect(mail.html).toContain("Grace &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("Alan &amp; co");
    expect(mail.html).toContain("Happy birthday &lt;3");
    expect(mail.html).not.toContain("<img src=x");
  });

  it("the buyer's confirmation names the last four only, in both parts", () => {
    const mail = giftCardPurchaseConfirmationMail({ recipientName: hostile, recipientEmail: "grace@example.com", amountCents: 2500, currency: "usd", last4: "T6V1", deliverAt: new Date() });
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("ends in T6V1");
      expect(part).toContain("$25");
      expect(part).toContain("goes to");
    }
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;grace@example.com&gt;");
  });
});
