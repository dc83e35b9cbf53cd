import { describe, expect, it } from "vitest";
import { auditLog, contactMessages } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { DomainError } from "../../errors";
import { createAdminUser } from "../access/admin-users";
import { INBOX_PAGE_SIZE, listContactMessages, markContactMessageHandled, replyHref } from "./contact-inbox";

const database = await testDatabase();
const db = database.db;
const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });

async function rejection(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const mark = (id: number | string, handled: "true" | "false" | "yes") => markContactMessageHandled(db, owner, { id: String(id), handled: handled as "true" });

describe("the contact inbox", () => {
  it("shows the waiting messages newest first, a page at a time; handling one moves it to the handled view, each change audited", async () => {
    const rows = await db
      .insert(contactMessages)
      .values(Array.from({ length: INBOX_PAGE_SIZE + 2 }, (_, i) => ({ name: `Sender ${i}`, email: `sender${i}@example.com`, subject: `Question ${i}`, message: "Hello" })))
      .returning({ id: contactMessages.id });
    const first = await listContactMessages(db);
    expect(first.waiting).toBe(INBOX_PAGE_SIZE + 2);
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ name: `Sender ${INBOX_PAGE_SIZE + 1}`, handledAt: null, replyHref: `mailto:sender${INBOX_PAGE_SIZE + 1}@example.com?subject=Re%3A%20Question%20${INBOX_PAGE_SIZE + 1}` });
    const second = await listContactMessages(db, { before: String(first.nextBefore) as never });
    expect(second.rows.map((r) => r.name)).toEqual(["Sender 1", "Sender 0"]);
    expect(second.nextBefore).toBeNull();

    const change = await mark(rows[0]!.id, "true");
    expect(change.before.handledAt).toBeNull();
    expect(change.after.handledAt).toMatch(/^\d{4}-/);
    expect((await listContactMessages(db)).waiting).toBe(INBOX_PAGE_SIZE + 1);
    expect((await listContactMessages(db, { show: "handled" })).rows.map((r) => r.name)).toEqual(["Sender 0"]);
    expect((await listContactMessages(db, { show: "all" })).rows).toHaveLength(INBOX_PAGE_SIZE);

    // Marked again, it keeps the first time; put back, it waits again.
    expect((await mark(rows[0]!.id, "true")).after).toEqual(change.after);
    expect((await mark(rows[0]!.id, "false")).after).toEqual({ handledAt: null });
    expect((await listContactMessages(db, { show: "handled" })).rows).toEqual([]);

    const audit = await db.select().from(auditLog).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.subjectType, a.subjectId, a.adminUserId])).toEqual([
      ["contact_message.mark_handled", "contact_message", String(rows[0]!.id), owner.id],
      ["contact_message.mark_handled", "contact_message", String(rows[0]!.id), owner.id],
      ["contact_message.mark_waiting", "contact_message", String(rows[0]!.id), owner.id],
    ]);
    expect(audit[0]).toMatchObject({ before: { handledAt: null }, after: change.after });
  });

  it("refuses an unknown message, a malformed id or view with a clear 4xx", async () => {
    expect((await rejection(mark(2_000_000_000, "true"))).kind).toBe("NotFound");
    expect((await rejection(mark("abc", "true"))).kind).toBe("BadInput");
    expect((await rejection(mark(1, "yes"))).kind).toBe("BadInput");
    expect((await rejection(listContactMessages(db, { show: "spam" as never }))).message).toBe("Show waiting, handled or all messages.");
  });

  it("a reply link cannot be turned into a second recipient or header by the sender's address", () => {
    expect(replyHref({ email: "a&cc=b@example.com", subject: "" })).toBe("mailto:a%26cc%3Db@example.com?subject=Re%3A%20your%20message%20to%20Printroom");
    expect(replyHref({ email: "ada@example.com", subject: "Prints & frames?" })).toBe("mailto:ada@example.com?subject=Re%3A%20Prints%20%26%20frames%3F");
  });
});
