CREATE TYPE "public"."gift_card_hold_status" AS ENUM('active', 'redeemed', 'released');--> statement-breakpoint
CREATE TYPE "public"."gift_card_ledger_kind" AS ENUM('issue', 'hold', 'release', 'redeem', 'refund_credit', 'adjustment');--> statement-breakpoint
CREATE TYPE "public"."gift_card_status" AS ENUM('active', 'inactive');--> statement-breakpoint
CREATE TABLE "gift_card_holds" (
	"id" serial PRIMARY KEY NOT NULL,
	"gift_card_id" integer NOT NULL,
	"checkout_ref" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" "gift_card_hold_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_card_holds_checkoutRef_unique" UNIQUE("checkout_ref"),
	CONSTRAINT "gift_card_holds_amount_positive" CHECK ("gift_card_holds"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "gift_card_ledger" (
	"id" serial PRIMARY KEY NOT NULL,
	"gift_card_id" integer NOT NULL,
	"kind" "gift_card_ledger_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"hold_id" integer,
	"order_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_card_ledger_amount_nonzero" CHECK ("gift_card_ledger"."amount_cents" <> 0),
	CONSTRAINT "gift_card_ledger_sign_matches_kind" CHECK (case "gift_card_ledger"."kind"
        when 'issue' then "gift_card_ledger"."amount_cents" > 0
        when 'release' then "gift_card_ledger"."amount_cents" > 0
        when 'refund_credit' then "gift_card_ledger"."amount_cents" > 0
        when 'hold' then "gift_card_ledger"."amount_cents" < 0
        when 'redeem' then "gift_card_ledger"."amount_cents" < 0
        else true end),
	CONSTRAINT "gift_card_ledger_hold_kinds_name_their_hold" CHECK ("gift_card_ledger"."kind" in ('issue', 'adjustment') or "gift_card_ledger"."hold_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "gift_cards" (
	"id" serial PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"code_last4" text NOT NULL,
	"initial_amount_cents" integer NOT NULL,
	"balance_cents" integer NOT NULL,
	"held_cents" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"status" "gift_card_status" DEFAULT 'active' NOT NULL,
	"expires_at" timestamp with time zone,
	"recipient_name" text NOT NULL,
	"recipient_email" text NOT NULL,
	"sender_name" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"deliver_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_sent" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone,
	"buyer_email" text NOT NULL,
	"stripe_checkout_id" text,
	"stripe_payment_intent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_cards_codeHash_unique" UNIQUE("code_hash"),
	CONSTRAINT "gift_cards_stripeCheckoutId_unique" UNIQUE("stripe_checkout_id"),
	CONSTRAINT "gift_cards_stripePaymentIntent_unique" UNIQUE("stripe_payment_intent"),
	CONSTRAINT "gift_cards_initial_amount_positive" CHECK ("gift_cards"."initial_amount_cents" > 0),
	CONSTRAINT "gift_cards_balance_nonnegative" CHECK ("gift_cards"."balance_cents" >= 0),
	CONSTRAINT "gift_cards_held_within_balance" CHECK ("gift_cards"."held_cents" >= 0 and "gift_cards"."held_cents" <= "gift_cards"."balance_cents"),
	CONSTRAINT "gift_cards_sent_at_matches_is_sent" CHECK ("gift_cards"."is_sent" = ("gift_cards"."sent_at" is not null)),
	CONSTRAINT "gift_cards_last4_format" CHECK ("gift_cards"."code_last4" ~ '^[0-9A-Z]{4}$')
);
--> statement-breakpoint
ALTER TABLE "gift_card_holds" ADD CONSTRAINT "gift_card_holds_gift_card_id_gift_cards_id_fk" FOREIGN KEY ("gift_card_id") REFERENCES "public"."gift_cards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_gift_card_id_gift_cards_id_fk" FOREIGN KEY ("gift_card_id") REFERENCES "public"."gift_cards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_hold_id_gift_card_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."gift_card_holds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gift_card_holds_gift_card_id_status_index" ON "gift_card_holds" USING btree ("gift_card_id","status");--> statement-breakpoint
CREATE INDEX "gift_card_holds_active_created_at_idx" ON "gift_card_holds" USING btree ("created_at") WHERE "gift_card_holds"."status" = 'active';--> statement-breakpoint
CREATE INDEX "gift_card_ledger_gift_card_id_created_at_index" ON "gift_card_ledger" USING btree ("gift_card_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_card_ledger_one_entry_per_hold_and_kind" ON "gift_card_ledger" USING btree ("hold_id","kind") WHERE "gift_card_ledger"."hold_id" is not null;--> statement-breakpoint
CREATE INDEX "gift_card_ledger_order_id_index" ON "gift_card_ledger" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_card_ledger_one_issue_per_card" ON "gift_card_ledger" USING btree ("gift_card_id") WHERE "gift_card_ledger"."kind" = 'issue';--> statement-breakpoint
CREATE INDEX "gift_cards_recipient_email_index" ON "gift_cards" USING btree ("recipient_email");--> statement-breakpoint
CREATE INDEX "gift_cards_buyer_email_index" ON "gift_cards" USING btree ("buyer_email");