import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cartItems, carts } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { cartWith, checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createPayments } from "../integrations/payments/index";
import { createLogger } from "../log";
import { deleteStaleCarts } from "./stale-carts";

const database = await testDatabase();
const db = database.db;
const env = testEnv({ STRIPE_WEBHOOK_SECRET: "whsec_carts" });
const payments = createPayments(env);
const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, "whsec_carts");

async function cartIdOf(sessionId: string) {
  const [row] = await db.execute<{ id: string }>(sql`select id from carts where session_id = ${sessionId}`);
  return row!.id;
}

/** Moves a cart, its lines and its checkouts back in time, as if nobody had touched them for `days`. */
async function age(cartId: string, days: number) {
  const then = sql`now() - make_interval(days => ${days})`;
  await db.execute(sql`update carts set updated_at = ${then}, created_at = ${then} where id = ${cartId}`);
  await db.execute(sql`update cart_items set added_at = ${then} where cart_id = ${cartId}`);
  await db.execute(sql`update checkouts set created_at = ${then} where cart_id = ${cartId}`);
}

describe("stale cart cleanup (finding 50)", () => {
  it("deletes carts untouched for 30 days that no order references, and nothing else", async () => {
    const stale = await cartIdOf(await cartWith(db, [{ priceCents: 4500 }]));
    const staleEmpty = await cartIdOf(await cartWith(db, [{ priceCents: 4500 }]));
    await db.delete(cartItems).where(inArray(cartItems.cartId, [staleEmpty]));
    const fresh = await cartIdOf(await cartWith(db, [{ priceCents: 4500 }]));
    const youngEnough = await cartIdOf(await cartWith(db, [{ priceCents: 4500 }]));

    const ordered = await startCheckout(db, payments);
    await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(ordered)));
    // An old cart a shopper has just begun to check out from is not stale either.
    const checkingOut = await startCheckout(db, payments);

    await age(stale, 31);
    await age(staleEmpty, 45);
    await age(youngEnough, 29);
    await age(ordered.cartId!, 90);
    await age(checkingOut.cartId!, 31);
    await db.execute(sql`update checkouts set created_at = now() where cart_id = ${checkingOut.cartId!}`);

    expect(await deleteStaleCarts(db)).toBe(2);
    const left = (await db.select({ id: carts.id }).from(carts)).map((c) => c.id);
    expect(left).not.toContain(stale);
    expect(left).not.toContain(staleEmpty);
    expect(left).toEqual(expect.arrayContaining([fresh, youngEnough, ordered.cartId!, checkingOut.cartId!]));
    expect(await db.select().from(cartItems).where(inArray(cartItems.cartId, [stale]))).toHaveLength(0);
    expect(await deleteStaleCarts(db)).toBe(0);
  });

  it("works through more stale carts than one batch holds", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await cartIdOf(await cartWith(db, [{ priceCents: 100 }])));
    for (const id of ids) await age(id, 40);
    expect(await deleteStaleCarts(db, { batchSize: 2 })).toBe(5);
    expect(await db.select().from(carts).where(inArray(carts.id, ids))).toHaveLength(0);
  });
});
