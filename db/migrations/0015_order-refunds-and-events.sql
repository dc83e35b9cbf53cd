CREATE TYPE "public"."order_refund_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."order_event_kind" AS ENUM('in_production', 'shipped', 'tracking_changed', 'delivered', 'cancelled', 'refunded', 'refund_failed');--> statement-breakpoint
CREATE TABLE "order_refunds" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"gift_card_cents" integer NOT NULL,
	"payment_cents" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "order_refund_status" DEFAULT 'pending' NOT NULL,
	"stripe_refund_id" text,
	"failure_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "order_refunds_idempotencyKey_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "order_refunds_stripeRefundId_unique" UNIQUE("stripe_refund_id"),
	CONSTRAINT "order_refunds_amount_positive" CHECK ("order_refunds"."amount_cents" > 0),
	CONSTRAINT "order_refunds_parts_add_up" CHECK ("order_refunds"."gift_card_cents" >= 0 and "order_refunds"."payment_cents" >= 0 and "order_refunds"."gift_card_cents" + "order_refunds"."payment_cents" = "order_refunds"."amount_cents")
);
--> statement-breakpoint
CREATE TABLE "order_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"kind" "order_event_kind" NOT NULL,
	"actor" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_refunds_order_id_index" ON "order_refunds" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_events_order_id_created_at_index" ON "order_events" USING btree ("order_id","created_at");