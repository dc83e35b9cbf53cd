import { describe, expect, it } from "vitest";
import { loader as trackOrderLoader } from "../../app/routes/track-order";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { orderInput } from "../../test/factories";
import { routeContext } from "../../test/route-context";
import { createPaidOrder } from "../orders/create-order";
import { orderTrackingUrl } from "../orders/track-order";
import { linkSignatureMatches, signLinkValue } from "./signed-link";

const SECRET = "s".repeat(40);

describe("a signed link's signature", () => {
  it("matches its own value and purpose only; anything else, of any type, is refused without throwing", () => {
    const sig = signLinkValue(SECRET, "track-order", "PR-2026-000001");
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkSignatureMatches(SECRET, "track-order", "PR-2026-000001", sig)).toBe(true);
    expect(linkSignatureMatches(SECRET, "track-order", "PR-2026-000002", sig)).toBe(false);
    expect(linkSignatureMatches(SECRET, "newsletter-confirm", "PR-2026-000001", sig)).toBe(false);
    expect(linkSignatureMatches("t".repeat(40), "track-order", "PR-2026-000001", sig)).toBe(false);
    for (const bad of [null, undefined, 42, ["x"], "", sig.slice(1), `${sig}x`, `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`, "é".repeat(43)]) {
      expect(linkSignatureMatches(SECRET, "track-order", "PR-2026-000001", bad)).toBe(false);
    }
  });
});

const database = await testDatabase();
const env = testEnv();
const context = routeContext(database.db, env);
const [mine, theirs] = await database.db.transaction(async (tx) => [
  await createPaidOrder(tx, orderInput({ email: "mine@example.com", customerName: "Mine" })),
  await createPaidOrder(tx, orderInput({ email: "theirs@example.com", customerName: "Theirs" })),
]);

describe("the order's tracking link", () => {
  const open = async (url: string) => {
    const response = (await trackOrderLoader({ request: new Request(url), params: {}, context })) as Response;
    return { status: response.status, data: (await response.json()) as { linked: { number: string } | null; linkRefused: boolean } };
  };

  it("opens its order with no e-mail typed", async () => {
    const { status, data } = await open(orderTrackingUrl(env.PUBLIC_URL, env.SESSION_SECRET, mine.number));
    expect(status).toBe(200);
    expect(data.linked?.number).toBe(mine.number);
    expect(data.linkRefused).toBe(false);
  });

  it("with another order's number, a changed signature or a missing part gets the plain form, never an order or an error", async () => {
    const url = new URL(orderTrackingUrl(env.PUBLIC_URL, env.SESSION_SECRET, mine.number));
    const otherOrder = new URL(url);
    otherOrder.searchParams.set("order", theirs.number);
    const changedSig = new URL(url);
    changedSig.searchParams.set("sig", `${url.searchParams.get("sig")!.slice(0, -2)}AA`);
    const noSig = new URL(url);
    noSig.searchParams.delete("sig");
    const huge = new URL(url);
    huge.searchParams.set("order", "P".repeat(5000));
    for (const tampered of [otherOrder, changedSig, noSig, huge]) {
      const { status, data } = await open(tampered.toString());
      expect(status).toBe(200);
      expect(data.linked).toBeNull();
      expect(data.linkRefused).toBe(true);
    }
  });

  it("a visit without a link is just the form", async () => {
    const { data } = await open(`${env.PUBLIC_URL}/track-order`);
    expect(data).toMatchObject({ linked: null, linkRefused: false });
  });
});
