// The offline model on hand-written requests: what it calls, what it says from the tools' data,
// how it streams. No database: the tool results are written here in the tools' shapes.
import { describe, expect, it } from "vitest";
import type { ModelContent, ModelEvent, ModelMessage, ModelRequest } from "../../integrations/llm/types";
import { createOfflineModel, textDeltas } from "./offline-model";

const toolNames = ["search_photos", "get_photo", "list_collections", "get_cart", "add_to_cart", "update_cart_item", "remove_from_cart", "track_order", "check_gift_card", "subscribe_newsletter", "shop_info", "open_wall_editor"];
const tools = toolNames.map((name) => ({ name, description: name, inputSchema: { type: "object" } }));
const model = createOfflineModel({ deltaDelayMs: 0 });

const user = (text: string): ModelMessage => ({ role: "user", content: [{ type: "text", text }] });
const request = (messages: ModelMessage[], maxOutputTokens = 1024): ModelRequest => ({ system: "You are the shop's assistant.", messages, tools, maxOutputTokens });

async function collect(messages: ModelMessage[], signal = new AbortController().signal): Promise<ModelEvent[]> {
  const events: ModelEvent[] = [];
  for await (const event of model.stream(request(messages), signal)) events.push(event);
  return events;
}

const callsIn = (events: ModelEvent[]) => events.flatMap((e) => (e.type === "tool_use" ? [{ name: e.name, input: e.input }] : []));
const textIn = (events: ModelEvent[]) => events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");

/**
 * Runs a conversation the way the loop does: each tool call is answered by `results` (the data,
 * or an error), until the model answers in words. Returns the messages and the final events.
 */
async function converse(history: ModelMessage[], text: string, results: Record<string, (input: Record<string, unknown>) => { data: unknown } | { error: string }>) {
  const messages = [...history, user(text)];
  const called: { name: string; input: unknown }[] = [];
  for (let round = 0; round < 7; round++) {
    const events = await collect(messages);
    const calls = events.flatMap((e) => (e.type === "tool_use" ? [e] : []));
    if (calls.length === 0) {
      const answer = textIn(events);
      messages.push({ role: "assistant", content: [{ type: "text", text: answer }] });
      return { messages, called, answer, events };
    }
    messages.push({ role: "assistant", content: calls.map((c): ModelContent => ({ type: "tool_use", id: c.id, name: c.name, input: c.input })) });
    const content = calls.map((c): ModelContent => {
      called.push({ name: c.name, input: c.input });
      const result = results[c.name]?.(c.input as Record<string, unknown>) ?? { error: `no ${c.name} in this test` };
      return { type: "tool_result", toolUseId: c.id, content: JSON.stringify(result), isError: "error" in result };
    });
    messages.push({ role: "user", content });
  }
  throw new Error("the model never answered");
}

const sunsets = {
  photos: [
    { slug: "copper-tide", title: "Copper Tide", location: "Gin Beach, Montauk, New York", orientation: "portrait", fromPrice: "$45", fromPriceCents: 4500 },
    { slug: "amber-road", title: "Amber Road", location: "Kirk Park Beach, Montauk, New York", orientation: "square", fromPrice: "$60", fromPriceCents: 6000 },
  ],
};
const copperTide = {
  slug: "copper-tide",
  title: "Copper Tide",
  location: "Gin Beach, Montauk, New York",
  variants: [
    { id: 11, label: "8 × 12 in · Fine-art paper", material: "paper", widthIn: 8, heightIn: 12, priceCents: 4500, price: "$45" },
    { id: 12, label: "12 × 18 in · Fine-art paper", material: "paper", widthIn: 12, heightIn: 18, priceCents: 9500, price: "$95" },
    { id: 13, label: "24 × 36 in · Metal", material: "metal", widthIn: 24, heightIn: 36, priceCents: 65000, price: "$650" },
  ],
};
const cartWith = (quantity: number, itemId = 7) => ({
  lines: [{ itemId, title: "Copper Tide", variantLabel: "12 × 18 in · Fine-art paper", quantity, unitPrice: "$95", lineTotal: `$${95 * quantity}` }],
  itemCount: quantity,
  subtotal: `$${95 * quantity}`,
});

describe("streaming", () => {
  it("streams an answer a few words at a time, then ends the turn with usage", async () => {
    const events = await collect([user("hello")]);
    const deltas = events.filter((e) => e.type === "text");
    expect(deltas.length).toBeGreaterThan(10);
    for (const delta of deltas) expect(delta.delta.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
    const end = events.at(-1)!;
    expect(end).toMatchObject({ type: "end", stopReason: "end_turn" });
    expect(end.type === "end" && end.usage.inputTokens > 0 && end.usage.outputTokens > 0).toBe(true);
  });

  it("keeps every character of the text across its pieces", () => {
    const text = "Line one.\n\n- two  words\n3";
    expect(textDeltas(text).join("")).toBe(text);
  });

  it("stops at the request's output budget with max_tokens", async () => {
    const events: ModelEvent[] = [];
    for await (const event of model.stream(request([user("hello")], 10), new AbortController().signal)) events.push(event);
    expect(textIn(events).length).toBeLessThanOrEqual(40);
    expect(events.at(-1)).toMatchObject({ type: "end", stopReason: "max_tokens" });
  });

  it("throws the abort reason as soon as the signal aborts, between pieces", async () => {
    const slow = createOfflineModel({ deltaDelayMs: 20 });
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const event of slow.stream(request([user("hello")]), controller.signal)) {
        if (event.type === "text") seen.push(event.delta);
        if (seen.length === 2) controller.abort(new DOMException("stopped", "AbortError"));
      }
    })();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(2);
  });

  it("asks for tools with tool_use events and a tool_use end", async () => {
    const events = await collect([user("sunset prints under $200")]);
    expect(callsIn(events)).toEqual([{ name: "search_photos", input: { query: "sunset", maxPriceCents: 20000, limit: 6 } }]);
    expect(events.at(-1)).toMatchObject({ type: "end", stopReason: "tool_use" });
    expect(textIn(events)).toBe("");
  });
});

describe("shop requests, end to end over the tools' data", () => {
  it("finds prints and lists them with links to their pages", async () => {
    const { called, answer } = await converse([], "portrait photos of Montauk on metal", { search_photos: () => ({ data: sunsets }) });
    expect(called).toEqual([{ name: "search_photos", input: { place: "montauk", orientation: "portrait", material: "metal", limit: 6 } }]);
    expect(answer).toContain("I found 2 prints");
    expect(answer).toContain("[Copper Tide](/photos/copper-tide)");
  });

  it("adds “the first one” of the last search, in its smallest size", async () => {
    const first = await converse([], "sunset prints", { search_photos: () => ({ data: sunsets }) });
    const second = await converse(first.messages, "add the first one", { get_photo: () => ({ data: copperTide }), add_to_cart: () => ({ data: cartWith(1) }) });
    expect(second.called).toEqual([
      { name: "get_photo", input: { slug: "copper-tide" } },
      { name: "add_to_cart", input: { variantId: 11, quantity: 1 } },
    ]);
    expect(second.answer).toContain("Added **Copper Tide**");
    expect(second.answer).toContain("smallest size");
  });

  it("finds a photo named by its title, then adds the size and material asked for", async () => {
    const { called, answer } = await converse([], "add two of the 12×18 paper print of Copper Tide", {
      search_photos: () => ({ data: sunsets }),
      get_photo: () => ({ data: copperTide }),
      add_to_cart: () => ({ data: cartWith(2) }),
    });
    expect(called.map((c) => c.name)).toEqual(["search_photos", "get_photo", "add_to_cart"]);
    expect(called[2]!.input).toEqual({ variantId: 12, quantity: 2 });
    expect(answer).toContain("Subtotal: **$190**");
  });

  it("says which sizes there are when the one asked for is not sold, and adds nothing", async () => {
    const { called, answer } = await converse([], "add the 30x40 canvas of Copper Tide", { search_photos: () => ({ data: sunsets }), get_photo: () => ({ data: copperTide }) });
    expect(called.map((c) => c.name)).toEqual(["search_photos", "get_photo"]);
    expect(answer).toContain("doesn't come in 30 × 40 in on canvas");
    expect(answer).toContain("24 × 36 in $650");
  });

  it("changes the quantity and removes a line by reading the cart first", async () => {
    const changed = await converse([], "make it 3", { get_cart: () => ({ data: cartWith(1) }), update_cart_item: () => ({ data: cartWith(3) }) });
    expect(changed.called).toEqual([{ name: "get_cart", input: {} }, { name: "update_cart_item", input: { itemId: 7, quantity: 3 } }]);
    const removed = await converse([], "remove Copper Tide", { get_cart: () => ({ data: cartWith(3) }), remove_from_cart: () => ({ data: { lines: [], itemCount: 0, subtotal: "$0" } }) });
    expect(removed.called.at(-1)).toEqual({ name: "remove_from_cart", input: { itemId: 7 } });
    expect(removed.answer).toContain("Your cart is empty.");
  });

  it("empties the cart with one removal a line, in one round", async () => {
    const twoLines = { lines: [...cartWith(1).lines, { ...cartWith(1, 8).lines[0]!, title: "Amber Road" }], itemCount: 2, subtotal: "$190" };
    const { called, answer, messages } = await converse([], "please empty my cart", { get_cart: () => ({ data: twoLines }), remove_from_cart: () => ({ data: { lines: [], itemCount: 0, subtotal: "$0" } }) });
    expect(called).toEqual([{ name: "get_cart", input: {} }, { name: "remove_from_cart", input: { itemId: 7 } }, { name: "remove_from_cart", input: { itemId: 8 } }]);
    expect(messages.filter((m) => m.role === "assistant")).toHaveLength(3);
    expect(answer).toBe("Done: your cart is empty.");
  });

  it("shows the cart", async () => {
    const { answer } = await converse([], "what's in my cart?", { get_cart: () => ({ data: cartWith(2) }) });
    expect(answer).toContain("Your cart has 2 items");
    expect(answer).toContain("Copper Tide");
  });

  it("tracks an order only with both its number and e-mail, asking for the one missing", async () => {
    const asked = await converse([], "where is my order PR-2026-000123?", {});
    expect(asked.called).toEqual([]);
    expect(asked.answer).toContain("e-mail address it was placed with");
    const tracked = await converse(asked.messages, "ada@example.com", {
      track_order: () => ({ data: { number: "PR-2026-000123", status: "shipped", placedAt: "2026-11-20T10:00:00.000Z", trackingUrl: "https://carrier.example/t/1" } }),
    });
    expect(tracked.called).toEqual([{ name: "track_order", input: { orderNumber: "PR-2026-000123", email: "ada@example.com" } }]);
    expect(tracked.answer).toContain("is **shipped**");
  });

  it("passes on the tracking page's answer for a wrong pair", async () => {
    const notFound = "We could not find an order with that number and e-mail address. Please check both and try again.";
    const { answer } = await converse([], "track PR-2026-000999 for eve@example.com", { track_order: () => ({ error: notFound }) });
    expect(answer).toBe(`Sorry — ${notFound}`);
  });

  it("checks a gift card and signs up for the newsletter only when asked with an address", async () => {
    const card = await converse([], "balance of gift card 7K3M-9P2Q-X8R4-T6V1?", {
      check_gift_card: () => ({ data: { valid: true, last4: "T6V1", balance: "$50", available: "$50", availableCents: 5000, expiresAt: null } }),
    });
    expect(card.called).toEqual([{ name: "check_gift_card", input: { code: "7K3M-9P2Q-X8R4-T6V1" } }]);
    expect(card.answer).toContain("**$50**");
    const ask = await converse([], "do you have a newsletter?", {});
    expect(ask.called).toEqual([]);
    const signed = await converse(ask.messages, "yes please, ada@example.com", { subscribe_newsletter: () => ({ data: { subscribed: true } }) });
    expect(signed.called).toEqual([{ name: "subscribe_newsletter", input: { email: "ada@example.com" } }]);
  });

  it("opens the wall editor with the photo the conversation is on", async () => {
    const sizes = await converse([], "what sizes does Copper Tide come in?", { search_photos: () => ({ data: sunsets }), get_photo: () => ({ data: copperTide }) });
    expect(sizes.answer).toContain("**Metal**: 24 × 36 in $650");
    const wall = await converse(sizes.messages, "show it on my wall in 24x36 metal", { open_wall_editor: (input) => ({ data: { href: `/wall?photo=${String(input.slug)}&variant=13` } }) });
    expect(wall.called).toEqual([{ name: "open_wall_editor", input: { slug: "copper-tide", variantId: 13 } }]);
    expect(wall.answer).toContain("(/wall?photo=copper-tide&variant=13)");
  });

  it("finds a photo whose title holds an ordinal word (“Last Light…”) by its title, not as “the last one”", async () => {
    const lastLight = { photos: [{ slug: "last-light", title: "Last Light at Montauk Point", location: "Montauk Point, New York", orientation: "landscape", fromPrice: "$55", fromPriceCents: 5500 }] };
    const wall = await converse([], "Show Last Light at Montauk Point on my wall", {
      search_photos: () => ({ data: lastLight }),
      get_photo: () => ({ data: { ...copperTide, slug: "last-light", title: "Last Light at Montauk Point" } }),
      open_wall_editor: (input) => ({ data: { href: `/wall?photo=${String(input.slug)}&variant=11` } }),
    });
    expect(wall.called[0]).toMatchObject({ name: "search_photos", input: { query: expect.stringContaining("montauk") } });
    expect(wall.called.at(-1)).toMatchObject({ name: "open_wall_editor", input: { slug: "last-light" } });
    expect(wall.answer).toContain("(/wall?photo=last-light&variant=11)");
  });

  it("answers shop questions from shop_info, several topics in one round", async () => {
    const { called, answer, messages } = await converse([], "what about shipping and returns?", { shop_info: (input) => ({ data: { topic: input.topic, text: `About ${String(input.topic)}.` } }) });
    expect(called).toEqual([{ name: "shop_info", input: { topic: "shipping" } }, { name: "shop_info", input: { topic: "returns" } }]);
    expect(messages.filter((m) => m.role === "assistant")).toHaveLength(2);
    expect(answer).toContain("**Shipping**\n\nAbout shipping.");
    expect(answer).toContain("**Returns**\n\nAbout returns.");
  });

  it("refers back through the words of earlier answers when the tool data is gone from the history", async () => {
    const history = [user("sunsets"), { role: "assistant" as const, content: [{ type: "text" as const, text: "I found 2 prints:\n1. [Copper Tide](/photos/copper-tide)\n2. [Amber Road](/photos/amber-road)" }] }];
    const events = await collect([...history, user("what sizes does the second one come in?")]);
    expect(callsIn(events)).toEqual([{ name: "get_photo", input: { slug: "amber-road" } }]);
  });
});
