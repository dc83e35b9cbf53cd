// What the assistant may say about shipping, returns and the prints: the studio's own words, kept
// in line with the about page, the product pages and checkout. Shipping and returns are read from
// the policy pages themselves (server/content: the owner's words or the defaults), so the two never disagree.
import type { DbOrTx } from "../../db/client";
import { contentPage } from "../content/content-page";
import { contentPageText } from "../content/pages";

export const shopInfoTopics = ["shipping", "returns", "materials", "sizes", "framing", "care", "contact"] as const;
export type ShopInfoTopic = (typeof shopInfoTopics)[number];

export async function shopInfo(db: DbOrTx, topic: ShopInfoTopic, facts: { shopEmail: string; shippingCountries: readonly string[] }): Promise<string> {
  switch (topic) {
    case "shipping":
      return `${contentPageText(await contentPage(db, "shipping"))}\nWe ship to ${facts.shippingCountries.join(", ")}. The full page: /shipping.`;
    case "returns":
      return `${contentPageText(await contentPage(db, "returns"))}\nThe full page: /returns.`;
    case "materials":
      return "Three materials: fine-art paper (pigment inks on cotton rag paper), canvas (gallery-wrapped) and metal (dye-infused aluminium). All are archival, rated to last a century.";
    case "sizes":
      return "Each photo is sold in sizes in its own proportions, from small paper prints to large canvas and metal pieces; every photo's page (and get_photo) lists its sizes in inches with their prices. The wall editor shows a size at its true scale on your own wall.";
    case "framing":
      return "Paper prints ship unframed, ready for a frame of your choice; canvas comes gallery-wrapped and metal with a hanging cleat, both ready to hang. For framing advice or a commission, write to the studio.";
    case "care":
      return "Hang prints out of direct sunlight and away from damp. Dust paper prints behind glass and canvas with a soft dry brush; wipe metal with a soft, slightly damp cloth.";
    case "contact":
      return `Write to the studio through the contact page (/contact) or at ${facts.shopEmail}.`;
  }
}
