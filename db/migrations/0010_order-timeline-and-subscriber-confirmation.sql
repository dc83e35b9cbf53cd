ALTER TABLE "orders" ADD COLUMN "in_production_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
-- Addresses already on the list signed up before double opt-in; they keep their place (decision 020).
UPDATE "subscribers" SET "confirmed_at" = "created_at";--> statement-breakpoint
-- Orders already past a step get that step dated by their last change, the best date there is.
UPDATE "orders" SET "shipped_at" = "updated_at" WHERE "status" IN ('shipped', 'delivered');--> statement-breakpoint
UPDATE "orders" SET "delivered_at" = "updated_at" WHERE "status" = 'delivered';
