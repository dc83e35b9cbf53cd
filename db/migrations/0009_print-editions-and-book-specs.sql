ALTER TABLE "photos" ADD COLUMN "edition_size" integer;--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "is_signed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "page_count" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "width_in" real;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "height_in" real;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "paper" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "binding" text;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_edition_size_positive" CHECK ("photos"."edition_size" > 0);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_page_count_positive" CHECK ("products"."page_count" > 0);