// The back office: owner accounts, their server-side sessions, and the audit log of every change
// they make (docs/decisions/024-back-office-access.md).
import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const adminUsers = pgTable(
  "admin_users",
  {
    id: serial().primaryKey(),
    /** as typed at creation; unique whatever its case */
    email: text().notNull(),
    /** argon2id, in the PHC string format (parameters and salt included) */
    passwordHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("admin_users_email_lower_unique").on(sql`lower(${t.email})`)],
);

export const adminSessions = pgTable(
  "admin_sessions",
  {
    /** SHA-256 (hex) of the 256-bit id in the cookie: a copy of this table opens no session */
    idHash: text().primaryKey(),
    adminUserId: integer()
      .notNull()
      .references(() => adminUsers.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** slides with use, written at most once a minute; 30 idle minutes end the session */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.adminUserId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    adminUserId: integer()
      .notNull()
      .references(() => adminUsers.id),
    /** what was done, as `domain.verb` (`photo.update`, `order.refund`, `admin.sign_out_everywhere`) */
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.at), index().on(t.subjectType, t.subjectId), index().on(t.adminUserId)],
);
