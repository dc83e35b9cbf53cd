// Wall photos a shopper uploads to try prints on (issue 12): owned by the session, re-encoded by
// the server, analysed by a background job, and deleted after a day unless a saved mockup keeps them.
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const wallPhotoStatus = pgEnum("wall_photo_status", ["uploaded", "analysing", "ready", "failed"]);

export type WallPoint = { x: number; y: number };

/** What the analysis job proposes; corners are in pixels of the stored (2560 px) image. */
export type WallAnalysis = {
  /** top-left, top-right, bottom-right, bottom-left */
  corners: [WallPoint, WallPoint, WallPoint, WallPoint];
  /** `#rrggbb` */
  wallColour: string;
  suggestedPhotoIds: number[];
};

export const wallPhotos = pgTable(
  "wall_photos",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** the owning session; every read compares it */
    sessionId: text().notNull(),
    status: wallPhotoStatus().notNull().default("uploaded"),
    /** the re-encoded image, long edge at most 2560 px */
    imageKey: text().notNull(),
    /** the copy the analysis reads, long edge at most 1568 px */
    analysisKey: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    contentType: text().notNull(),
    analysis: jsonb().$type<WallAnalysis>(),
    error: text(),
    /** set when a saved mockup references the photo, which then outlives the daily cleanup */
    saved: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.sessionId), index().on(t.createdAt)],
);
