import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";
import { MAX_VOTE_BUDGET } from "../../shared/voting-limits";

/**
 * The forms of the votes route (/events/:eventSlug/tracks/:trackSlug/votes), one schema per intent. The
 * action first reads only `intent`, then the form again with the intent's own schema. Who votes is never a
 * field: it is the session's participant.
 */

const t = messageKeys.voting.settings;

export const votingIntentSchema = z.object({
  intent: z.enum(["vote", "settings"]),
});

export const voteSchema = z.object({
  contributionId: z.string().trim().min(1).max(100),
  change: z.enum(["1", "-1"]).transform((value): 1 | -1 => (value === "1" ? 1 : -1)),
});

/** A whole number typed into a number input (only digits: no signs, decimals or exponents). */
const count = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(1, message).max(MAX_VOTE_BUDGET, message));

/** An unchecked checkbox is not sent at all. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const votingSettingsSchema = z
  .object({
    open: checkbox,
    budget: count(t.budgetInvalid),
    maxPerItem: count(t.maxPerItemInvalid),
    countsVisible: checkbox,
  })
  .refine((settings) => settings.maxPerItem <= settings.budget, {
    message: t.maxPerItemAboveBudget,
    path: ["maxPerItem"],
  });
