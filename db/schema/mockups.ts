// Wall photos a shopper uploads to try prints on (issue 12): owned by the session, re-encoded by
// the server, analysed by a background job, and deleted after a day unless a saved mockup keeps them.
import { boolean, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { MockupScene, Quad } from "../../app/shared/wall";

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

/** The seed's drawn rooms, with the calibration it drew them with, so a fresh clone has walls of known scale. */
export const sampleRooms = pgTable("sample_rooms", {
  /** a slug, e.g. `living-room` */
  id: text().primaryKey(),
  title: text().notNull(),
  imageKey: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  /** the drawn wall rectangle in pixels: top-left, top-right, bottom-right, bottom-left */
  corners: jsonb().$type<Quad>().notNull(),
  widthIn: real().notNull(),
  heightIn: real().notNull(),
  /** the floor line in wall inches below the rectangle's top */
  floorY: real(),
  sortOrder: integer().notNull().default(0),
});

export const mockupStatus = pgEnum("mockup_status", ["draft", "saved", "deleted"]);

export const mockups = pgTable(
  "mockups",
  {
    /** 22 base64url characters from 16 random bytes: the share link, unguessable (128 bits) */
    id: text().primaryKey(),
    /** the owning session; only it may change or delete the mockup */
    sessionId: text().notNull(),
    scene: jsonb().$type<MockupScene>().notNull(),
    status: mockupStatus().notNull().default("draft"),
    /** the rendered composite image, set when the mockup is saved */
    compositeKey: text(),
    title: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.sessionId), index().on(t.status, t.updatedAt)],
);
