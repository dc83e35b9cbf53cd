// subscribe_newsletter, shop_info and open_wall_editor.
import { z } from "zod";
import { getPhotoBySlug } from "../../catalog/photos";
import { slugSchema } from "../../catalog/inputs";
import { badInput, notFound } from "../../errors";
import { signupRateLimit, subscribe } from "../../newsletter/subscribe";
import { attachedRoom } from "../attached-room";
import { shopInfo, shopInfoTopics } from "../shop-info";
import { defineTool, positiveId, toolText } from "./tool";

export const subscribeNewsletterTool = defineTool({
  name: "subscribe_newsletter",
  description: "Put an e-mail address on the studio's newsletter. Only when the shopper asked to subscribe, with the address they gave.",
  label: "Signing you up",
  input: z.strictObject({ email: toolText(254) }),
  async run(ctx, input) {
    // The sign-up forms' own limit, so the assistant is no way around it.
    await ctx.rateLimits.limiter(signupRateLimit).consume(ctx.clientIp);
    await subscribe(ctx.db, input.email, "chat");
    // The same answer whether or not the address was on the list already; double opt-in (decision 023).
    return { data: { confirmationMailSent: true, note: "The address is subscribed once the link in the confirmation e-mail is followed." }, display: { kind: "none" } };
  },
});

export const shopInfoTool = defineTool({
  name: "shop_info",
  description: "The studio's facts about shipping, returns, materials, sizes, framing, care and how to get in touch.",
  label: "Looking that up",
  input: z.strictObject({ topic: z.enum(shopInfoTopics) }),
  run: async (ctx, { topic }) => ({
    data: { topic, text: await shopInfo(ctx.db, topic, { shopEmail: ctx.env.SHOP_EMAIL, shippingCountries: ctx.env.STRIPE_SHIPPING_COUNTRIES }) },
    display: { kind: "none" },
  }),
});

export const openWallEditorTool = defineTool({
  name: "open_wall_editor",
  description:
    "A link that opens the wall editor, with a photo (and optionally one of its variants) to see at true size on a wall. A room photo the shopper attached in this conversation goes with it by itself (roomAttached says so); without a photo the link opens just the room.",
  label: "Opening the wall editor",
  input: z.strictObject({ slug: slugSchema.optional(), variantId: positiveId.optional() }),
  async run(ctx, input) {
    if (input.variantId !== undefined && input.slug === undefined) throw badInput("A size needs its photo's slug.");
    const [photo, room] = await Promise.all([
      input.slug === undefined ? null : getPhotoBySlug(ctx.db, input.slug),
      ctx.conversationId ? attachedRoom(ctx.db, { conversationId: ctx.conversationId, sessionId: ctx.session.id }) : null,
    ]);
    if (photo && input.variantId !== undefined && !photo.variants.some((v) => v.id === input.variantId)) throw notFound("That size is not sold for this photo.");
    const params = new URLSearchParams();
    if (photo) params.set("photo", photo.slug);
    // The editor hangs the print it opens with only when it knows the size: the first the photo page lists, unless one was named.
    const variantId = input.variantId ?? photo?.variants[0]?.id;
    if (variantId !== undefined) params.set("variant", String(variantId));
    if (room) params.set("room", room);
    const href = params.size > 0 ? `/wall?${params}` : "/wall";
    return { data: { href, roomAttached: room !== null }, display: { kind: "wall", href } };
  },
});
