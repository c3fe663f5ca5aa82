import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";
import { MAX_TIMER_MINUTES, TRACK_PHASES } from "../../shared/track-phase";

/**
 * The forms of the track state route (/events/:eventSlug/tracks/:trackSlug/state), one schema per intent.
 * The action first reads only `intent`, then the form again with the intent's own schema.
 */

export const workshopIntentSchema = z.object({
  intent: z.enum(["phase", "timer-start", "timer-stop"]),
});

export const phaseSchema = z.object({
  phase: z.enum(TRACK_PHASES),
});

const minutesMessage = messageKeys.workshop.errors["invalid-timer"];

/** Whole minutes typed into a number input (only digits: no signs, decimals or exponents). */
export const timerStartSchema = z.object({
  minutes: z
    .string({ error: minutesMessage })
    .trim()
    .regex(/^\d{1,3}$/, minutesMessage)
    .transform(Number)
    .pipe(z.number().int().min(1, minutesMessage).max(MAX_TIMER_MINUTES, minutesMessage)),
});
