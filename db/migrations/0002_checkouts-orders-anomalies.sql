CREATE TYPE "public"."checkout_status" AS ENUM('open', 'awaiting_payment', 'paid', 'expired', 'payment_failed');--> statement-breakpoint
CREATE TYPE "public"."payment_anomaly_kind" AS ENUM('amount_mismatch', 'unknown_checkout', 'livemode_mismatch', 'unknown_payment');--> statement-breakpoint
CREATE TABLE "checkouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"cart_id" uuid,
	"email" text NOT NULL,
	"newsletter_opt_in" boolean DEFAULT false NOT NULL,
	"status" "checkout_status" DEFAULT 'open' NOT NULL,
	"lines" jsonb NOT NULL,
	"subtotal_cents" integer NOT NULL,
	"discount_cents" integer DEFAULT 0 NOT NULL,
	"total_cents" integer NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"provider_session_id" text,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkouts_providerSessionId_unique" UNIQUE("provider_session_id"),
	CONSTRAINT "checkouts_totals_nonnegative" CHECK ("checkouts"."subtotal_cents" >= 0 and "checkouts"."discount_cents" >= 0 and "checkouts"."total_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payment_anomalies" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "payment_anomaly_kind" NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"provider_session_id" text,
	"checkout_id" uuid,
	"details" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" DROP CONSTRAINT "orders_totals_nonnegative";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refunded_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "checkout_id" uuid;--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "public"."carts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkouts_cart_id_index" ON "checkouts" USING btree ("cart_id");--> statement-breakpoint
CREATE INDEX "checkouts_session_id_index" ON "checkouts" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "payment_anomalies_created_at_index" ON "payment_anomalies" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payment_anomalies_checkout_id_index" ON "payment_anomalies" USING btree ("checkout_id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_checkout_id_checkouts_id_fk" FOREIGN KEY ("checkout_id") REFERENCES "public"."checkouts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_checkoutId_unique" UNIQUE("checkout_id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_totals_nonnegative" CHECK ("orders"."subtotal_cents" >= 0 and "orders"."total_cents" >= 0 and "orders"."refunded_cents" >= 0);