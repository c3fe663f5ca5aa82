import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";
import { TRACK_PHASES } from "../../shared/track-phase";

/**
 * The schemas of the administration forms, one per intent. Each page's action first reads only the
 * `intent` field (the `…IntentSchema`), then the form again with the intent's own schema.
 */

const t = messageKeys.admin;

/** Ids travel in hidden fields; they are looked up (within the page's event) before anything changes. */
const id = z.string().trim().min(1).max(100);

const requiredText = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

// The event page (/admin/events/:eventId).

export const eventIntentSchema = z.object({
  intent: z.enum([
    "update-event",
    "update-track",
    "move-track",
    "set-track-phase",
    "rotate-join-code",
    "create-observer-link",
    "revoke-observer-link",
  ]),
  // Read with the intent so that a rejected track form can show its errors next to the right track.
  trackId: id.optional().catch(undefined),
});

export const updateEventSchema = z.object({
  title: requiredText(200, t.event.titleRequired, t.event.titleTooLong),
  startsOn: z.iso.date({ error: t.event.startsOnInvalid }),
  venue: requiredText(200, t.event.venueRequired, t.event.venueTooLong),
});

/** One subtopic per line; blank lines and surrounding spaces do not count. */
const subtopicLines = z
  .string()
  .max(10_000)
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  )
  .pipe(z.array(z.string().max(200, t.event.subtopicTooLong)).max(30, t.event.subtopicsTooMany));

export const updateTrackSchema = z.object({
  trackId: id,
  title: requiredText(200, t.event.titleRequired, t.event.titleTooLong),
  subtopics: subtopicLines,
});

export const moveTrackSchema = z.object({
  trackId: id,
  direction: z.enum(["up", "down"]),
});

export const setTrackPhaseSchema = z.object({
  trackId: id,
  phase: z.enum(TRACK_PHASES),
});

export const rotateJoinCodeSchema = z.object({});

export const createObserverLinkSchema = z.object({
  label: requiredText(100, t.event.observerLabelRequired, t.event.observerLabelTooLong),
  // Empty: every track of the event.
  trackId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => (value ? value : null)),
});

export const revokeObserverLinkSchema = z.object({
  linkId: id,
});

// The participants page (/admin/events/:eventId/participants).

export const participantsIntentSchema = z.object({
  intent: z.enum(["remove-participant", "erase-identities"]),
});

export const eraseIdentitiesSchema = z.object({
  mode: z.enum(["pseudonymise", "erase"]),
  confirm: z.literal("yes", { error: messageKeys.erasure.confirmRequired }),
});

export const removeParticipantSchema = z.object({
  participantId: id,
});

// The moderators page (/admin/moderators).

export const moderatorsIntentSchema = z.object({
  intent: z.enum(["create-moderator", "set-moderator-scope", "demote-moderator"]),
});

export const createModeratorSchema = z.object({
  email: requiredText(320, t.moderators.emailRequired, t.moderators.emailTooLong),
  displayName: requiredText(60, t.moderators.displayNameRequired, t.moderators.displayNameTooLong),
  password: z
    .string({ error: t.moderators.passwordTooShort })
    .min(12, t.moderators.passwordTooShort)
    .max(1024, t.moderators.passwordTooLong),
});

const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

/** The scope form of one event: the moderator, the event, and whether the whole event is moderated. */
export const moderatorScopeSchema = z.object({
  userId: id,
  eventId: id,
  wholeEvent: checkbox,
});

/**
 * The scope form's checkbox per track, by field name (each has its own: a repeated field is refused). Which
 * fields there are depends on the event named in the form.
 */
export function scopeTracksSchema(fieldNames: readonly string[]) {
  const fields: Record<string, typeof checkbox> = Object.fromEntries(fieldNames.map((name) => [name, checkbox]));
  return z.object(fields);
}

export const demoteModeratorSchema = z.object({
  userId: id,
});
