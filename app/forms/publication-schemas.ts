import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";

const t = messageKeys.publication.publish;

/** The limits of what a moderator writes about a Fassung (stored in its snapshot, so in its hash). */
export const MAX_FASSUNG_TITLE_LENGTH = 200;
export const MAX_FASSUNG_NOTE_LENGTH = 1000;

/**
 * Publishing a Fassung (/moderation/fahrplan/publish). `draftHash` is the fingerprint of the draft the
 * moderator saw in the preview: publishing is refused when the draft has changed since.
 */
export const publishSchema = z.object({
  title: z.string().trim().max(MAX_FASSUNG_TITLE_LENGTH, t.titleTooLong).default(""),
  note: z.string().trim().max(MAX_FASSUNG_NOTE_LENGTH, t.noteTooLong).default(""),
  emptySections: z.enum(["list", "omit"]).default("list"),
  confirmed: z.literal("yes", { error: t.confirmRequired }),
  draftHash: z.string().regex(/^[0-9a-f]{64}$/),
});
