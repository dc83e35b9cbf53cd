CREATE TYPE "public"."wall_photo_status" AS ENUM('uploaded', 'analysing', 'ready', 'failed');--> statement-breakpoint
CREATE TABLE "wall_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"status" "wall_photo_status" DEFAULT 'uploaded' NOT NULL,
	"image_key" text NOT NULL,
	"analysis_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content_type" text NOT NULL,
	"analysis" jsonb,
	"error" text,
	"saved" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "wall_photos_session_id_index" ON "wall_photos" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "wall_photos_created_at_index" ON "wall_photos" USING btree ("created_at");