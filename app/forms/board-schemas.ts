import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";

/**
 * The forms of the moderation board (/moderation/board), one schema per intent, and its filters. The action
 * first reads only `intent`, then the form again with the intent's own schema. The event is never a field:
 * it comes from the URL, so that a forged `eventId` in the body has no effect (parseForm ignores it).
 */

const e = messageKeys.board.errors;

/** Most contributions one action may take: far more than a moderator selects, far less than a flood. */
const MAX_SELECTED = 100;
export const MAX_REASON_LENGTH = 500;

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

/**
 * A checkbox group. It must stay a plain array schema (checks only, no transform): parseForm lets a field
 * repeat only when its schema is an array. The same id sent twice is harmless: the domain counts distinct ids.
 */
const selectedIds = z.array(id(e.selectSome)).min(1, e.selectSome).max(MAX_SELECTED, e.tooMany);

export const boardIntentSchema = z.object({
  intent: z.enum(["adopt", "add-to-entry", "reject", "duplicate", "put-back", "merge-suggestion", "undo"], {
    error: e.malformed,
  }),
});

export type BoardIntent = z.infer<typeof boardIntentSchema>["intent"];

export const adoptSchema = z.object({ contributionIds: selectedIds });

export const addToEntrySchema = z.object({ entryId: id(e.chooseEntry), contributionIds: selectedIds });

export const rejectSchema = z.object({
  contributionId: id(e.chooseContribution),
  reason: z.string({ error: e.reasonMissing }).trim().min(1, e.reasonMissing).max(MAX_REASON_LENGTH, e.reasonTooLong),
});

export const duplicateSchema = z.object({
  contributionId: id(e.chooseContribution),
  duplicateOfId: id(e.chooseOriginal),
});

export const putBackSchema = z.object({ contributionId: id(e.chooseContribution) });

/** A suggestion is a pair of two different contributions, merged in one step. */
export const mergeSuggestionSchema = z.object({
  contributionIds: z
    .array(id(e.pairOnly))
    .length(2, e.pairOnly)
    .refine(([first, second]) => first !== second, e.pairOnly),
});

export const undoSchema = z.object({});

/** An invalid filter value (hand-edited URL, stale bookmark) is dropped rather than refused. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The board's filters from the query string; absent or empty means "alle". */
export const boardFilterSchema = z.object({
  track: lenient(z.string().trim().min(1).max(100)),
  kind: lenient(z.enum(["problem", "step"])),
  status: lenient(z.enum(["open", "adopted", "rejected", "duplicate"])),
  minVotes: lenient(
    z
      .string()
      .trim()
      .regex(/^\d{1,4}$/)
      .transform(Number),
  ),
  q: lenient(z.string().trim().min(1).max(500)),
});

export type BoardFilters = z.infer<typeof boardFilterSchema>;

/** The filters of a URL's query string (the last value wins if one is repeated). */
export function parseBoardFilters(searchParams: URLSearchParams): BoardFilters {
  return boardFilterSchema.parse(Object.fromEntries(searchParams));
}
