CREATE TYPE "public"."shipping_class" AS ENUM('small_paper', 'large_paper', 'small_rigid', 'large_rigid', 'book');--> statement-breakpoint
CREATE TABLE "shipping_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"shipping_class" "shipping_class" NOT NULL,
	"first_item_cents" integer NOT NULL,
	"additional_item_cents" integer NOT NULL,
	CONSTRAINT "shipping_rates_nonnegative" CHECK ("shipping_rates"."first_item_cents" >= 0 and "shipping_rates"."additional_item_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shipping_zones" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"countries" text[] NOT NULL,
	"free_shipping_over_cents" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "shipping_zones_code_unique" UNIQUE("code"),
	CONSTRAINT "shipping_zones_free_over_positive" CHECK ("shipping_zones"."free_shipping_over_cents" is null or "shipping_zones"."free_shipping_over_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "checkouts" DROP CONSTRAINT "checkouts_total_is_subtotal_less_discount";--> statement-breakpoint
ALTER TABLE "checkouts" DROP CONSTRAINT "checkouts_totals_nonnegative";--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "shipping_country" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "shipping_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "shipping_country" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "gift_card_last4" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tax_cents" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "gift_card_last4" text;--> statement-breakpoint
ALTER TABLE "shipping_rates" ADD CONSTRAINT "shipping_rates_zone_id_shipping_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."shipping_zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_rates_zone_id_shipping_class_index" ON "shipping_rates" USING btree ("zone_id","shipping_class");--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_total_is_subtotal_plus_shipping_less_discount" CHECK ("checkouts"."total_cents" = "checkouts"."subtotal_cents" + "checkouts"."shipping_cents" - "checkouts"."discount_cents");--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_totals_nonnegative" CHECK ("checkouts"."subtotal_cents" >= 0 and "checkouts"."discount_cents" >= 0 and "checkouts"."shipping_cents" >= 0 and "checkouts"."total_cents" >= 0);