import { z } from "zod";
import type { EntryFields } from "../../server/fahrplan/curation-context";
import { ENTRY_STATUSES, PRIORITIES, RESPONSIBLE_PARTIES, TIME_HORIZONS } from "../../shared/fahrplan-fields";
import { messageKeys } from "../../shared/i18n/message-keys";

/**
 * The forms of the Fahrplan editor (/moderation/fahrplan), one schema per intent. The action first reads
 * only `intent` (and the ids that say where an error belongs), then the form again with the intent's own
 * schema. The event is never a field: it comes from the URL.
 */

const t = messageKeys.fahrplan.refusals;

/** Ids travel in hidden fields; they are looked up within the event's Fahrplan before anything changes. */
const id = z.string().trim().min(1).max(100);

/** A whole, positive number from a hidden field or a number input. */
const count = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

const direction = z.enum(["up", "down"]);

export const fahrplanIntentSchema = z.object({
  intent: z.enum([
    "update-entry",
    "move-entry",
    "move-entry-step",
    "split",
    "put-back",
    "undo",
    "add-section",
    "rename-section",
    "move-section",
  ]),
  // Read with the intent so that a refusal can be shown next to the entry or section it is about.
  entryId: id.optional().catch(undefined),
  sectionId: id.optional().catch(undefined),
});

/** An optional select: the empty choice ("nicht festgelegt") becomes null. */
function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.enum(values, { error: t.choiceInvalid }).nullable());
}

/** An optional text: blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, t.textTooLong)
    .optional()
    .transform((value) => (value ? value : null));

/** One step per line; blank lines and surrounding spaces do not count. */
const stepLines = z
  .string()
  .max(50_000, t.textTooLong)
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  )
  .pipe(z.array(z.string().max(2_000, t.textTooLong)).max(100, t.tooManySteps));

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

export const updateEntrySchema = z
  .object({
    entryId: id,
    version: count,
    title: z.string({ error: t.titleRequired }).trim().min(1, t.titleRequired).max(200, t.titleRequired),
    problemStatement: z
      .string()
      .max(20_000, t.textTooLong)
      .optional()
      .transform((text) => (text ?? "").trim()),
    steps: stepLines,
    responsibleParty: optionalChoice(RESPONSIBLE_PARTIES),
    responsibleOther: optionalText(200),
    timeHorizon: optionalChoice(TIME_HORIZONS),
    targetQuarter: optionalText(20),
    priority: optionalChoice(PRIORITIES),
    status: z.enum(ENTRY_STATUSES, { error: t.statusRequired }),
  })
  .superRefine((entry, ctx) => {
    if (entry.responsibleParty === "other" && !entry.responsibleOther) {
      ctx.addIssue({ code: "custom", path: ["responsibleOther"], message: t.otherRequired });
    }
    if (entry.timeHorizon === "quarter" && !QUARTER_PATTERN.test(entry.targetQuarter ?? "")) {
      ctx.addIssue({ code: "custom", path: ["targetQuarter"], message: t.quarterInvalid });
    }
  });

/** The fields to save: the free texts only where their choice asks for them (no stale leftovers). */
export function entryFieldsOf(form: z.infer<typeof updateEntrySchema>): EntryFields {
  return {
    title: form.title,
    problemStatement: form.problemStatement,
    steps: form.steps,
    responsibleParty: form.responsibleParty,
    responsibleOther: form.responsibleParty === "other" ? form.responsibleOther : null,
    timeHorizon: form.timeHorizon,
    targetQuarter: form.timeHorizon === "quarter" ? form.targetQuarter : null,
    priority: form.priority,
    status: form.status,
  };
}

/**
 * The entry form as typed, every field as text: sent back with a refused or conflicting save, so that the
 * form shows exactly what the moderator typed and nothing is lost.
 */
const typed = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => value ?? "");

export const typedEntrySchema = z.object({
  title: typed(1_000),
  problemStatement: typed(20_000),
  steps: typed(50_000),
  responsibleParty: typed(50),
  responsibleOther: typed(1_000),
  timeHorizon: typed(50),
  targetQuarter: typed(50),
  priority: typed(50),
  status: typed(50),
});

/** `position` is 1-based; without it the entry goes to the end of the section ("Verschieben nach"). */
export const moveEntrySchema = z.object({
  entryId: id,
  sectionId: id,
  position: count.optional(),
});

export const moveEntryStepSchema = z.object({ entryId: id, direction });

export const splitSchema = z.object({
  entryId: id,
  contributionIds: z.array(id).min(1, t.splitNone).max(500),
});

export const putBackSchema = z.object({ contributionId: id });

export const emptySchema = z.object({});

const sectionTitle = z
  .string({ error: t.sectionTitleRequired })
  .trim()
  .min(1, t.sectionTitleRequired)
  .max(200, t.sectionTitleRequired);

export const addSectionSchema = z.object({ title: sectionTitle });

export const renameSectionSchema = z.object({ sectionId: id, title: sectionTitle });

export const moveSectionSchema = z.object({ sectionId: id, direction });

/** `?from=&to=` of the comparison page: version numbers. */
export const compareQuerySchema = z.object({ from: count, to: count });

/** `?fassung=` of the public page: a version number, or nothing for the latest. */
export const fassungQuerySchema = count.optional();
