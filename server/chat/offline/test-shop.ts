// For the offline assistant's turn tests: a small catalogue, an order, a gift card, and a shopper
// who sends messages through runTurn (the real loop, tools and Postgres) and reads what streamed.
import { randomUUID } from "node:crypto";
import type { Db } from "../../../db/client";
import { testEnv } from "../../../test/app-server";
import { createCollection, createGiftCard, createPhoto, orderInput } from "../../../test/factories";
import { testSession } from "../../../test/route-context";
import type { Env } from "../../env";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import { createRateLimits, type RateLimits } from "../../rate-limits/rate-limits";
import { startConversation } from "../conversations";
import type { ChatEvent, ChatToolDisplay } from "../events";
import { runTurn, type ChatContext } from "../run-turn";
import { createOfflineModel } from "./offline-model";

export async function seedShop(db: Db, env: Env) {
  const sunsets = await createCollection(db, { slug: "montauk-sunsets", title: "Montauk Sunsets" });
  const seas = await createCollection(db, { slug: "atlantic-seascapes", title: "Atlantic Seascapes" });
  const copperTide = await createPhoto(db, { slug: "copper-tide", title: "Copper Tide", location: "Gin Beach, Montauk, New York", tags: ["sunset", "beach", "montauk"], collectionId: sunsets.id, sortOrder: 1 });
  const amberRoad = await createPhoto(db, { slug: "amber-road", title: "Amber Road", location: "Kirk Park Beach, Montauk, New York", tags: ["sunset", "reflection"], collectionId: sunsets.id, sortOrder: 2 });
  const openWater = await createPhoto(db, { slug: "open-water", title: "Open Water", location: "Block Island Sound", tags: ["ocean", "blue", "minimal"], collectionId: seas.id, sortOrder: 3 });
  const order = await db.transaction((tx) => createPaidOrder(tx, orderInput({ email: "ada@example.com", stripeCheckoutId: `cs_${randomUUID()}` })));
  const otherOrder = await db.transaction((tx) => createPaidOrder(tx, orderInput({ email: "bob@example.com", customerName: "Bob Jones", stripeCheckoutId: `cs_${randomUUID()}` })));
  const giftCard = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 5000 });
  return { copperTide, amberRoad, openWater, order, otherOrder, giftCard };
}

export type Turn = {
  events: ChatEvent[];
  text: string;
  /** the tools called, in order */
  tools: string[];
  displays: ChatToolDisplay[];
};

/** A shopper with a session and a conversation of their own, talking to the offline assistant. */
export async function shopper(db: Db, options: { env?: Env; rateLimits?: RateLimits; clientIp?: string } = {}) {
  const session = testSession(randomUUID());
  const ctx: ChatContext = {
    db,
    env: options.env ?? testEnv(),
    session,
    clientIp: options.clientIp ?? "203.0.113.20",
    rateLimits: options.rateLimits ?? createRateLimits(db),
    log: createLogger("silent"),
    llm: createOfflineModel({ deltaDelayMs: 0 }),
  };
  const { conversationId } = await startConversation(db, session.ensureId());
  async function send(text: string): Promise<Turn> {
    const events: ChatEvent[] = [];
    for await (const event of runTurn(ctx, { conversationId, text }, new AbortController().signal)) events.push(event);
    return {
      events,
      text: events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join(""),
      tools: events.flatMap((e) => (e.type === "tool-started" ? [e.tool] : [])),
      displays: events.flatMap((e) => (e.type === "tool-finished" ? [e.display] : [])),
    };
  }
  return { sessionId: session.id!, send, ctx };
}
