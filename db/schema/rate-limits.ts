// Counters of rate-limiter-flexible's Postgres store, shared by every web process. Its queries
// insert positionally, so the columns stay in this order with these names and types.
import { bigint, index, integer, pgTable, varchar } from "drizzle-orm/pg-core";

export const rateLimits = pgTable(
  "rate_limits",
  {
    key: varchar({ length: 255 }).primaryKey(),
    points: integer().notNull().default(0),
    /** epoch milliseconds when the window ends; the library compares it with Date.now() */
    expire: bigint({ mode: "number" }),
  },
  (t) => [index().on(t.expire)],
);
