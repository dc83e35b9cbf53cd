CREATE TYPE "public"."chat_message_role" AS ENUM('user', 'assistant');--> statement-breakpoint
CREATE TYPE "public"."chat_message_status" AS ENUM('complete', 'stopped', 'failed');--> statement-breakpoint
CREATE TABLE "chat_conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_daily_usage" (
	"day" date PRIMARY KEY NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"model_calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "chat_daily_usage_nonnegative" CHECK ("chat_daily_usage"."input_tokens" >= 0 and "chat_daily_usage"."output_tokens" >= 0)
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" text NOT NULL,
	"role" "chat_message_role" NOT NULL,
	"text" text NOT NULL,
	"content" jsonb NOT NULL,
	"displays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "chat_message_status" DEFAULT 'complete' NOT NULL,
	"wall_photo_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_conversation_id_chat_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."chat_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_conversations_session_id_updated_at_index" ON "chat_conversations" USING btree ("session_id","updated_at");--> statement-breakpoint
CREATE INDEX "chat_messages_conversation_id_created_at_index" ON "chat_messages" USING btree ("conversation_id","created_at");