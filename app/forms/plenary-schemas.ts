import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";

const t = messageKeys.plenary.refusals;

/** The longest comment on an entry, and the longest answer to one. */
export const MAX_PLENARY_COMMENT_LENGTH = 1000;

const id = z.string().trim().min(1).max(100);

/** What the plenary page posts; the event comes from the URL, the voter from the session. */
export const plenaryIntentSchema = z.object({
  intent: z.enum(["open", "close", "project", "voice", "answer"]),
});

export const voiceSchema = z.object({
  entryId: id,
  voice: z.enum(["consent", "concern"]),
  comment: z.string().max(MAX_PLENARY_COMMENT_LENGTH, t.commentTooLong).default(""),
});

export const projectSchema = z.object({
  /** Empty: clear the projector. */
  entryId: z.string().trim().max(100).default(""),
});

export const answerSchema = z.object({
  entryId: id,
  participantId: id,
  reply: z.string().max(MAX_PLENARY_COMMENT_LENGTH, t.commentTooLong).default(""),
  resolved: z.literal("on").optional(),
});
