// The pages a careful buyer reads before paying: shipping, returns, questions, privacy and terms.
// Written here once, in plain sentences, as the defaults: the owner may rewrite a page in the back
// office (a content_pages row), and the pages and the assistant's shop_info tool both read it through
// contentPage() in content-page.ts, so the two can never say different things.
import { STUDIO } from "./studio";

export type ContentSection = { heading: string; paragraphs: string[] };
export type ContentPage = { slug: ContentSlug; title: string; description: string; sections: ContentSection[] };

export const contentSlugs = ["shipping", "returns", "faq", "privacy", "terms"] as const;
export type ContentSlug = (typeof contentSlugs)[number];

const address = STUDIO.address.join(", ");

export const defaultContentPages: Record<ContentSlug, ContentPage> = {
  shipping: {
    slug: "shipping",
    title: "Shipping and delivery",
    description: "How prints are made, packed and shipped, how long it takes and what it costs.",
    sections: [
      {
        heading: "Made to order",
        paragraphs: [
          "Every print is made when you order it, checked by hand, signed in the studio and packed flat or crated: it ships in 7–10 days. The photo book ships from stock in 1–2 working days.",
        ],
      },
      {
        heading: "What shipping costs",
        paragraphs: [
          "Shipping depends on where the parcel goes and what is in it: a small paper print travels flat in a rigid sleeve, a large one rolled in a tube, and canvas and metal are boxed or crated, which costs more. The book has its own rate. Orders over a set amount ship free within a zone that offers it.",
          "The cart shows an estimate for the destination you choose, and checkout shows the exact amount before you pay. Prices include any taxes unless checkout adds them as a separate line.",
        ],
      },
      {
        heading: "How long delivery takes",
        paragraphs: [
          "Once shipped, parcels usually arrive in 2–5 working days within the United States and 5–10 working days elsewhere. You get the carrier's tracking link as soon as your order ships, and your order's page shows every step: paid, in production, shipped and delivered.",
        ],
      },
      {
        heading: "If a parcel arrives damaged",
        paragraphs: ["Keep the packaging, take a photo and write to us within 7 days of delivery: we reprint and resend at no cost to you."],
      },
    ],
  },
  returns: {
    slug: "returns",
    title: "Returns",
    description: "Thirty days to decide: how to return a print for a full refund.",
    sections: [
      {
        heading: "Thirty days to decide",
        paragraphs: [
          "If a print is not right on your wall, send it back within 30 days of delivery for a full refund of the print's price. Write to the studio with your order number and we send you the return address and a prepaid label for parcels within the United States.",
        ],
      },
      {
        heading: "How to pack a return",
        paragraphs: ["Pack the print the way it came, in its sleeve, tube or box. A print damaged on its way back because it was packed loosely cannot be refunded in full."],
      },
      {
        heading: "Refunds",
        paragraphs: [
          "We refund to the card you paid with within 5 working days of receiving the print; a part paid with a gift card goes back onto the gift card. Gift cards themselves cannot be returned once they have been sent.",
        ],
      },
    ],
  },
  faq: {
    slug: "faq",
    title: "Questions and answers",
    description: "Materials, sizes, framing, editions, ordering and delivery: what buyers ask most.",
    sections: [
      { heading: "What is the difference between paper, canvas and metal?", paragraphs: ["Fine-art paper is pigment ink on cotton rag, matte and deep, shipped unframed for a frame of your choice. Canvas is gallery-wrapped on a wooden stretcher, ready to hang. Metal is dye-infused aluminium with a hanging cleat, luminous and easy to clean. All three are archival, rated to last a century."] },
      { heading: "Which size should I choose?", paragraphs: ["Each photo's page lists its sizes in inches and centimetres with a sketch of the size against a person and a sofa. The wall editor shows any size at its true scale on a photo of your own wall."] },
      { heading: "Are the prints signed?", paragraphs: ["Yes: every print is signed by the photographer. Limited editions are numbered as well; a photo's page says when it is a limited edition and how many prints the edition has."] },
      { heading: "How do I follow my order?", paragraphs: ["The confirmation e-mail has a link straight to your order's page. You can also enter your order number and e-mail address on the Track your order page."] },
      { heading: "Can I change or cancel an order?", paragraphs: ["Write to the studio as soon as you can: until a print goes into production we can change its size or material, or cancel it for a full refund."] },
      { heading: "Do you ship abroad?", paragraphs: ["Yes, to the countries checkout offers. Shipping is worked out by destination zone; import duties, where a country charges them, are paid by the recipient."] },
    ],
  },
  privacy: {
    slug: "privacy",
    title: "Privacy",
    description: "What the shop keeps about you, why, for how long, and how to have it removed.",
    sections: [
      {
        heading: "What we keep",
        paragraphs: [
          "For an order: your name, e-mail address, shipping address and what you bought, to make, ship and stand behind it. Payments are handled by Stripe; we never see or store your card number.",
          "For the newsletter: your e-mail address, once you have confirmed it with the link we send. For a message through the contact page: the message, your name and address, to answer it.",
        ],
      },
      {
        heading: "Cookies",
        paragraphs: ["One cookie keeps your cart and session, one remembers light or dark, and one remembers that you answered the newsletter invitation. There are no advertising or tracking cookies."],
      },
      {
        heading: "Your choices",
        paragraphs: [`To leave the newsletter, reply to any letter or write to us. To see or delete what we hold about you, write to the studio at ${address}, or through the contact page; we answer within 30 days.`],
      },
    ],
  },
  terms: {
    slug: "terms",
    title: "Terms of sale",
    description: "The terms every order is made under: prices, payment, delivery, returns and copyright.",
    sections: [
      { heading: "Who sells", paragraphs: [`Prints, the photo book and gift cards are sold by ${STUDIO.name}, ${address}.`] },
      { heading: "Prices and payment", paragraphs: ["Prices are in US dollars. Shipping and any tax added are shown at checkout before you pay; payment is taken when you place the order."] },
      { heading: "Delivery and returns", paragraphs: ["Delivery times are on the shipping page. You may return a print within 30 days of delivery for a full refund, as the returns page describes; your statutory rights are not affected."] },
      { heading: "Gift cards", paragraphs: ["A gift card can be spent on anything in the shop, in one order or several, until its balance is used. It cannot be exchanged for cash."] },
      { heading: "Copyright", paragraphs: [`Buying a print gives you the print, not the photograph's copyright, which stays with ${STUDIO.photographer}. Please do not copy or reproduce the images.`] },
    ],
  },
};

export function isContentSlug(value: string): value is ContentSlug {
  return (contentSlugs as readonly string[]).includes(value);
}

/** A page as plain text: what the assistant reads out, and a page's description of itself. */
export function contentPageText(page: ContentPage): string {
  return page.sections.map((s) => `${s.heading}: ${s.paragraphs.join(" ")}`).join("\n");
}
