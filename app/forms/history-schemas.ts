import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";

/**
 * The forms of the history page (/events/:eventSlug/tracks/:trackSlug/history), one schema per intent. The
 * action first reads only `intent`, then the form again with the intent's own schema.
 */

export const historyIntentSchema = z.object({
  intent: z.enum(["save", "restore"]),
});

export const MAX_SNAPSHOT_NAME = 100;

export const saveSnapshotSchema = z.object({
  name: z
    .string()
    .trim()
    .max(MAX_SNAPSHOT_NAME, messageKeys.history.save.nameTooLong)
    .optional()
    .transform((name) => name || null),
});

/** A snapshot id (a positive whole number) and whether this restore undoes the previous one. */
export const restoreSnapshotSchema = z.object({
  snapshotId: z
    .string()
    .regex(/^[1-9]\d{0,11}$/)
    .transform(Number),
  undo: z.literal("1").optional(),
});

/** `?snapshot=` of the page: which snapshot to show; anything else shows the newest. */
export function parseSnapshotParam(value: string | null): number | null {
  return value && /^[1-9]\d{0,11}$/.test(value) ? Number(value) : null;
}
