import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cartItems, carts } from "../../db/schema/cart";
import { contactMessages } from "../../db/schema/contact";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { sendLargeBody } from "../../test/raw-http";
import { remixTestBuild } from "../../test/remix-test-build";
import { bodyLimitFor } from "./body-limit";

const database = await testDatabase();
const server = await startAppServer(database.db, { remixBuild: remixTestBuild(database.db) });
const MB = 1024 * 1024;
const form = "application/x-www-form-urlencoded";

const storedMessages = async () => (await database.db.select({ n: count() }).from(contactMessages))[0]!.n;
const storedCartLines = async () => (await database.db.select({ n: count() }).from(cartItems))[0]!.n;

describe("body limits at the edge", () => {
  it("are 1 MB for forms and JSON calls, and a path may have its own", () => {
    expect(bodyLimitFor("/contact")).toBe(MB);
    expect(bodyLimitFor("/api/trpc/cart.add")).toBe(MB);
    expect(bodyLimitFor("/webhooks/stripe")).toBe(MB);
  });

  it("a Content-Length over the limit is a 413 before a byte of the body is read, on a form and on /api/trpc", async () => {
    for (const [path, contentType] of [["/contact", form], ["/api/trpc/cart.add", "application/json"], ["/webhooks/stripe", "application/json"]] as const) {
      const answer = await sendLargeBody(`${server.url}${path}`, { totalBytes: 50 * MB, contentType, declareLength: true });
      expect(answer.status).toBe(413);
      expect(answer.headers.connection).toBe("close");
      // The answer came while most of the 50 MB was still unsent.
      expect(answer.bytesWritten).toBeLessThan(25 * MB);
      expect(answer.body).toMatch(/larger than this address accepts \(1 MB\), so nothing was read or changed/);
    }
    expect(await storedMessages()).toBe(0);
  });

  it("a chunked form that grows past 1 MB is a 413, the upload is cut, and the action never stores it", async () => {
    const answer = await sendLargeBody(`${server.url}/contact`, { totalBytes: 50 * MB, contentType: form, fill: "m" });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/larger than this address accepts/);
    expect(answer.bytesWritten).toBeLessThan(25 * MB);
    expect(await storedMessages()).toBe(0);
  });

  it("a chunked tRPC call that grows past 1 MB is a 413 in tRPC's error shape, cut, and changes no cart", async () => {
    const answer = await sendLargeBody(`${server.url}/api/trpc/cart.add`, { totalBytes: 50 * MB, contentType: "application/json", fill: " " });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { message: expect.stringMatching(/larger than this address accepts \(1 MB\)/), data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } });
    expect(answer.bytesWritten).toBeLessThan(25 * MB);
    expect(await storedCartLines()).toBe(0);
  });

  it("a streamed tRPC batch whose body grows past 1 MB answers the error in the stream, and the upload is cut", async ({ annotate }) => {
    const answer = await sendLargeBody(`${server.url}/api/trpc/cart.add?batch=1`, { totalBytes: 50 * MB, contentType: "application/json", fill: " ", headers: { "trpc-accept": "application/jsonl" }, ignoreAnswer: true });
    // The answer's headers leave before the body is read, so its status cannot say it.
    expect(answer.body).toMatch(/PAYLOAD_TOO_LARGE/);
    await annotate(`written before the cut: ${Math.round(answer.bytesWritten / MB)} MB of 50`);
    expect(answer.bytesWritten).toBeLessThan(25 * MB);
    expect(await storedCartLines()).toBe(0);
  });

  it("a form under the limit, chunked or not, reaches its action whole", async () => {
    const message = "x".repeat(900 * 1024);
    for (const declareLength of [true, false]) {
      const before = await storedMessages();
      const response = await fetch(`${server.url}/contact`, {
        method: "POST",
        headers: { "content-type": form },
        body: declareLength ? `name=Ada&message=${message}` : new Blob([`name=Ada&message=${message}`]).stream(),
        ...(declareLength ? {} : { duplex: "half" }),
      } as RequestInit);
      expect(response.status).toBe(200);
      expect(await storedMessages()).toBe(before + 1);
    }
    const [stored] = await database.db.select().from(contactMessages).where(eq(contactMessages.name, "Ada")).limit(1);
    expect(stored!.message).toHaveLength(message.length);
  });

  it("memory stays bounded under four parallel 50 MB bodies to a form and to /api/trpc", async ({ annotate }) => {
    const messagesBefore = await storedMessages();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const answers = await Promise.all(
      [0, 1, 2, 3].flatMap(() => [
        sendLargeBody(`${server.url}/contact`, { totalBytes: 50 * MB, contentType: form }),
        sendLargeBody(`${server.url}/api/trpc/cart.add`, { totalBytes: 50 * MB, contentType: "application/json", fill: " " }),
      ]),
    );
    clearInterval(sampler);
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(413));
    const growthMb = Math.round((peak - before) / MB);
    // Server and clients share this process; buffering even one body whole would add 50 MB.
    await annotate(`RSS growth under 4 + 4 parallel 50 MB bodies: ${growthMb} MB (from ${Math.round(before / MB)} MB)`);
    expect(growthMb).toBeLessThan(150);
    expect(await storedMessages()).toBe(messagesBefore);
    expect((await database.db.select({ n: count() }).from(carts))[0]!.n).toBe(0);
  });
});
