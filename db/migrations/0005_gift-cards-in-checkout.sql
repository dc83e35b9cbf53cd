CREATE TYPE "public"."checkout_kind" AS ENUM('order', 'gift_card');--> statement-breakpoint
ALTER TYPE "public"."payment_anomaly_kind" ADD VALUE 'gift_card_unavailable';--> statement-breakpoint
ALTER TYPE "public"."payment_anomaly_kind" ADD VALUE 'gift_card_purchase_refunded';--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "gift_card_code_hash" text;--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "gift_card_last4" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "kind" "checkout_kind" DEFAULT 'order' NOT NULL;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "gift_card_purchase" jsonb;--> statement-breakpoint
ALTER TABLE "carts" ADD CONSTRAINT "carts_gift_card_hash_and_last4_together" CHECK (("carts"."gift_card_code_hash" is null) = ("carts"."gift_card_last4" is null));--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_total_is_subtotal_less_discount" CHECK ("checkouts"."total_cents" = "checkouts"."subtotal_cents" - "checkouts"."discount_cents");--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_gift_card_purchase_iff_kind" CHECK (("checkouts"."kind" = 'gift_card') = ("checkouts"."gift_card_purchase" is not null));