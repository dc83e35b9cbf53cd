import { eq } from "drizzle-orm";
import { parseCrontab, type Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { giftCardHolds, giftCards } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { holdGiftCardForCheckout } from "../../server/giftcards/holds";
import { ledgerAgrees } from "../../server/giftcards/ledger";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createStorage } from "../../server/integrations/storage/index";
import { enqueueJob } from "../../server/jobs/enqueue";
import { createLogger } from "../../server/log";
import { crontab } from "../crontab";
import { startWorker } from "../runner";

const database = await testDatabase();
const db = database.db;
const env = testEnv();

let runner: Runner;
beforeAll(async () => {
  runner = await startWorker({
    connectionString: database.url,
    deps: { db, env, log: createLogger("silent"), mailer: createMailer(env, db), storage: createStorage(env) },
    schedule: "",
    pollInterval: 100,
  });
});
afterAll(() => runner.stop());

describe("the release_stale_gift_card_holds task", () => {
  it("is scheduled every fifteen minutes", () => {
    const item = parseCrontab(crontab).find((c) => c.task === "release_stale_gift_card_holds");
    expect(item?.match).toBeDefined();
    expect(item!.match({ min: 15, hour: 3, date: 1, month: 1, dow: 1 })).toBe(true);
    expect(item!.match({ min: 16, hour: 3, date: 1, month: 1, dow: 1 })).toBe(false);
  });

  it("releases holds a day old, keeps fresh ones, and the ledger still agrees", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 10_000 });
    for (const checkoutRef of ["lost-event", "still-paying"]) {
      await db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef, orderTotalCents: 3000 }));
    }
    await db.update(giftCardHolds).set({ createdAt: new Date(Date.now() - 25 * 3600_000) }).where(eq(giftCardHolds.checkoutRef, "lost-event"));

    await enqueueJob(db, "release_stale_gift_card_holds", {});
    await vi.waitFor(
      async () => {
        const [hold] = await db.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, "lost-event"));
        expect(hold!.status).toBe("released");
      },
      { timeout: 10_000, interval: 50 },
    );
    const [fresh] = await db.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, "still-paying"));
    expect(fresh!.status).toBe("active");
    const [after] = await db.select().from(giftCards).where(eq(giftCards.id, card.id));
    expect(after).toMatchObject({ balanceCents: 10_000, heldCents: 3000 });
    expect(await ledgerAgrees(db)).toBe(true);
  });
});
