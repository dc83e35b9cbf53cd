// The chat procedures' inputs, shared by the tRPC router and the no-JS /assistant page.
import { z } from "zod";
import { isCleanText } from "../../app/shared/clean-text";

export const MAX_MESSAGE_CHARS = 2000;

/** Any clean short string: a malformed id is then looked up as missing, answered as NOT_FOUND (findings 4, 33). */
export const conversationIdSchema = z.string().max(64).refine(isCleanText, "must be plain text");

export const sendMessageSchema = z.object({
  conversationId: conversationIdSchema,
  text: z
    .string()
    .refine(isCleanText, "Please remove the unusual characters from your message.")
    .transform((v) => v.trim())
    .pipe(z.string().min(1, "Please write a message.").max(MAX_MESSAGE_CHARS, `Please keep a message under ${MAX_MESSAGE_CHARS} characters.`)),
  /** a room photo the shopper uploaded through mockups.uploadWallPhoto */
  wallPhotoId: z.uuid().optional(),
});

export type SendMessageInput = z.input<typeof sendMessageSchema>;
