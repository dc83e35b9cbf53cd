CREATE TYPE "public"."mockup_status" AS ENUM('draft', 'saved', 'deleted');--> statement-breakpoint
CREATE TABLE "mockups" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"scene" jsonb NOT NULL,
	"status" "mockup_status" DEFAULT 'draft' NOT NULL,
	"composite_key" text,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sample_rooms" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"image_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"corners" jsonb NOT NULL,
	"width_in" real NOT NULL,
	"height_in" real NOT NULL,
	"floor_y" real,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mockups_session_id_index" ON "mockups" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "mockups_status_updated_at_index" ON "mockups" USING btree ("status","updated_at");