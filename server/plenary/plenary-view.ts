import { createHash } from "node:crypto";
import type { AppDatabase } from "../../db/client";
import { loadRoadmap } from "../fahrplan/roadmap";
import { type RoadmapSnapshot, snapshotOf } from "../fahrplan/versions";
import { latestPlenary, type Plenary, type Voice } from "./plenary";
import { type EntryTally, talliesOf, voicesOf } from "./plenary-tally";

export interface PlenaryComment {
  participantId: string;
  name: string;
  voice: Voice;
  comment: string;
  reply: string | null;
  resolved: boolean;
  onEarlierWording: boolean;
}

/**
 * What a plenary page shows, computed once per change and sent to everyone who follows it: the draft
 * Fahrplan as it is now, each entry's tally and whether it was changed during the plenary, and the
 * projected entry. `comments` only in the moderators' view: participants see their own (ownVoices).
 */
export interface PlenaryView {
  plenary: {
    status: Plenary["status"];
    /** How many voices were given in all (each participant has one per entry). */
    voiceCount: number;
    projectedEntryId: string | null;
    openedAt: string;
    closedAt: string | null;
  } | null;
  draft: Pick<RoadmapSnapshot, "title" | "sections">;
  /** The entries' current versions: a voice given on a lower one was given on an earlier wording. */
  versions: Record<string, number>;
  tallies: Record<string, EntryTally>;
  changedEntryIds: string[];
  comments: Record<string, PlenaryComment[]> | null;
  /**
   * Per participant whose comment was answered, a fingerprint of the answers: a participant's page loads
   * its own voices again when its fingerprint changes. It says nothing of what was answered.
   */
  replyStamps: Record<string, string>;
}

export type PlenaryAudience = "moderators" | "everyone";

/** Which view someone of a plenary role follows: the moderators', with the comments, or everyone's. */
export function audienceOf(role: "moderator" | "participant" | "observer"): PlenaryAudience {
  return role === "moderator" ? "moderators" : "everyone";
}

/** The view of the event's latest plenary (or of the draft alone, before any) for one audience. */
export function plenaryView(db: AppDatabase, eventId: string, audience: PlenaryAudience): PlenaryView {
  return forAudience(moderatorsView(db, eventId), audience);
}

/** Everyone's view is the moderators' without the comments: computed once, it serves both. */
export function forAudience(view: PlenaryView, audience: PlenaryAudience): PlenaryView {
  return audience === "moderators" ? view : { ...view, comments: null };
}

/** The full view, comments included. */
export function moderatorsView(db: AppDatabase, eventId: string): PlenaryView {
  const roadmap = loadRoadmap(db, eventId);
  const snapshot = snapshotOf(roadmap);
  const versions = Object.fromEntries(
    roadmap.sections.flatMap((section) => section.entries.map((entry) => [entry.id, entry.version] as const)),
  );
  const plenary = latestPlenary(db, eventId);
  const draft = { title: snapshot.title, sections: snapshot.sections };
  if (!plenary) {
    return { plenary: null, draft, versions, tallies: {}, changedEntryIds: [], comments: null, replyStamps: {} };
  }
  const voices = voicesOf(db, plenary.id);
  const tallies = talliesOf(voices, versions);
  const comments: Record<string, PlenaryComment[]> = {};
  for (const voice of voices) {
    if (!voice.comment) continue;
    comments[voice.entryId] ??= [];
    comments[voice.entryId]?.push({
      participantId: voice.participantId,
      name: voice.name,
      voice: voice.voice,
      comment: voice.comment,
      reply: voice.reply,
      resolved: voice.resolved,
      onEarlierWording: voice.entryVersion < (versions[voice.entryId] ?? 0),
    });
  }
  return {
    plenary: {
      status: plenary.status,
      voiceCount: voices.length,
      projectedEntryId: plenary.projectedEntryId,
      openedAt: plenary.openedAt.toISOString(),
      closedAt: plenary.closedAt?.toISOString() ?? null,
    },
    draft,
    versions,
    tallies,
    changedEntryIds: Object.keys(versions).filter((id) => versions[id] !== plenary.openedVersions[id]),
    comments,
    replyStamps: replyStampsOf(voices),
  };
}

function replyStampsOf(voices: { participantId: string; entryId: string; reply: string | null; resolved: boolean }[]) {
  const answers = new Map<string, string[]>();
  for (const voice of voices) {
    if (voice.reply === null && !voice.resolved) continue;
    answers.set(voice.participantId, [
      ...(answers.get(voice.participantId) ?? []),
      `${voice.entryId}\u0000${voice.reply}\u0000${voice.resolved}`,
    ]);
  }
  return Object.fromEntries(
    [...answers].map(([participantId, parts]) => [
      participantId,
      createHash("sha256").update(parts.join("\u0001")).digest("hex").slice(0, 12),
    ]),
  );
}

/** A participant's own voices in the latest plenary, by entry. */
export function ownVoices(
  db: AppDatabase,
  eventId: string,
  participantId: string,
): Record<string, { voice: Voice; comment: string; entryVersion: number; reply: string | null }> {
  const plenary = latestPlenary(db, eventId);
  if (!plenary) return {};
  const rows = voicesOf(db, plenary.id).filter((voice) => voice.participantId === participantId);
  return Object.fromEntries(
    rows.map((row) => [
      row.entryId,
      { voice: row.voice, comment: row.comment ?? "", entryVersion: row.entryVersion, reply: row.reply },
    ]),
  );
}
