import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributions, tracks, votes } from "../../db/schema";
import { MAX_VOTE_BUDGET } from "../../shared/voting-limits";
import { audit } from "../auth/audit";
import {
  type AccountPrincipal,
  actorOf,
  moderatesTrack,
  type ParticipantPrincipal,
  type Principal,
} from "../auth/principal";
import type { AppServices } from "../load-context";
import { sendTrackState } from "../track-phases/track-state";

/**
 * Dot voting on the contributions of a track: every participant of the event has a budget of votes per
 * track and may put up to `maxVotesPerItem` of them on one contribution. All limits are enforced here, on
 * the server; the voting panel only mirrors them.
 *
 * Votes on contributions that have been deleted from the document neither count towards the voter's budget
 * nor appear anywhere: the voter could not take them back (the item is gone), so they must not stay spent.
 */

export type VoteRefusal = "not-found" | "voting-closed" | "item-limit" | "budget-exhausted" | "nothing-to-remove";

export type VoteResult =
  | { ok: true; remaining: number; mine: Record<string, number> }
  | { ok: false; reason: VoteRefusal };

/** A vote as the transaction returns it: with the track to tell about it. */
type CastVote = (VoteResult & { ok: true; trackId: string }) | Extract<VoteResult, { ok: false }>;

/** What voting needs besides the voter: the database, and the connections that hear about each change. */
export interface VotingContext {
  db: AppDatabase;
  services: Pick<AppServices, "connections" | "logger">;
}

export interface VoteInput {
  contributionId: string;
  change: 1 | -1;
  /** When given, a contribution of another track counts as not found (the route votes within its track). */
  trackId?: string;
}

type Reader = Pick<AppDatabase, "select">;

/** The voter's votes on the live contributions of a track, by contribution (only items with votes). */
function votesOf(db: Reader, trackId: string, participantId: string): Record<string, number> {
  const rows = db
    .select({ contributionId: votes.contributionId, count: votes.count })
    .from(votes)
    .innerJoin(contributions, eq(votes.contributionId, contributions.id))
    .where(and(eq(votes.trackId, trackId), eq(votes.participantId, participantId), isNull(contributions.deletedAt)))
    .all();
  return Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [row.contributionId, row.count]));
}

function sumOf(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

/** What the budget still allows; never negative, even after a moderator lowered the budget. */
function remainingOf(budget: number, mine: Record<string, number>): number {
  return Math.max(0, budget - sumOf(mine));
}

/** The contribution with the settings of its track, or null. */
function findVotable(db: Reader, contributionId: string) {
  return (
    db
      .select({
        eventId: contributions.eventId,
        trackId: contributions.trackId,
        deletedAt: contributions.deletedAt,
        votingOpen: tracks.votingOpen,
        budget: tracks.voteBudget,
        maxPerItem: tracks.maxVotesPerItem,
      })
      .from(contributions)
      .innerJoin(tracks, eq(contributions.trackId, tracks.id))
      .where(eq(contributions.id, contributionId))
      .get() ?? null
  );
}

/**
 * Adds or takes back one of the voter's votes on a contribution. The voter is always the session's
 * participant. Reading the current votes, checking the limits and writing happen in one IMMEDIATE
 * transaction: it holds SQLite's write lock from the first read, so no other request (of this process or
 * another) can spend the same budget in between.
 */
export function castVote(ctx: VotingContext, voter: ParticipantPrincipal, input: VoteInput): VoteResult {
  const result = ctx.db.transaction(
    (tx): CastVote => {
      const item = findVotable(tx, input.contributionId);
      if (
        !item ||
        item.deletedAt !== null ||
        item.eventId !== voter.eventId ||
        (input.trackId !== undefined && item.trackId !== input.trackId)
      ) {
        return { ok: false, reason: "not-found" };
      }
      if (!item.votingOpen) return { ok: false, reason: "voting-closed" };

      const mine = votesOf(tx, item.trackId, voter.participantId);
      const current = mine[input.contributionId] ?? 0;
      const next = current + input.change;
      if (input.change === -1 && current === 0) return { ok: false, reason: "nothing-to-remove" };
      if (input.change === 1) {
        if (next > item.maxPerItem) return { ok: false, reason: "item-limit" };
        if (sumOf(mine) + 1 > item.budget) return { ok: false, reason: "budget-exhausted" };
      }

      writeVote(
        tx,
        { participantId: voter.participantId, contributionId: input.contributionId, trackId: item.trackId },
        next,
      );
      tx.update(tracks)
        .set({ tallyRevision: sql`${tracks.tallyRevision} + 1` })
        .where(eq(tracks.id, item.trackId))
        .run();
      if (next > 0) mine[input.contributionId] = next;
      else delete mine[input.contributionId];
      return { ok: true, remaining: remainingOf(item.budget, mine), mine, trackId: item.trackId };
    },
    { behavior: "immediate" },
  );
  if (!result.ok) return result;
  // After the commit, so that a page fetching its tally on this push reads the new vote.
  sendTrackState(ctx.db, ctx.services.connections, result.trackId);
  return { ok: true, remaining: result.remaining, mine: result.mine };
}

/** Stores a voter's count on an item; a count of zero removes the row. */
function writeVote(
  db: Pick<AppDatabase, "insert" | "delete">,
  key: { participantId: string; contributionId: string; trackId: string },
  count: number,
): void {
  const row = and(eq(votes.participantId, key.participantId), eq(votes.contributionId, key.contributionId));
  if (count <= 0) {
    db.delete(votes).where(row).run();
    return;
  }
  const updatedAt = new Date();
  db.insert(votes)
    .values({ ...key, count, updatedAt })
    .onConflictDoUpdate({ target: [votes.participantId, votes.contributionId], set: { count, updatedAt } })
    .run();
}

export interface VotingContribution {
  id: string;
  kind: "problem" | "step";
  text: string;
  authorName: string | null;
  authorOrganisation: string | null;
}

export interface TrackVoting {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
  /** Votes the viewer may still give; null for everyone but participants of the track's event. */
  remaining: number | null;
  /** The viewer's votes by contribution id (only items with votes; empty for non-participants). */
  mine: Record<string, number>;
  /** All votes by contribution id, every live contribution included (0 without votes); null when hidden. */
  counts: Record<string, number> | null;
  /** The live contributions of the track, in document order. */
  contributions: VotingContribution[];
}

function liveContributions(db: Reader, trackId: string): VotingContribution[] {
  return db
    .select({
      id: contributions.id,
      kind: contributions.kind,
      text: contributions.text,
      authorName: contributions.authorName,
      authorOrganisation: contributions.authorOrganisation,
    })
    .from(contributions)
    .where(and(eq(contributions.trackId, trackId), isNull(contributions.deletedAt)))
    .orderBy(asc(contributions.position), asc(contributions.id))
    .all();
}

function countsOf(db: Reader, trackId: string, items: VotingContribution[]): Record<string, number> {
  const rows = db
    .select({
      contributionId: votes.contributionId,
      total: sql<number>`sum(${votes.count})`.mapWith(Number),
    })
    .from(votes)
    .where(eq(votes.trackId, trackId))
    .groupBy(votes.contributionId)
    .all();
  const totals = new Map(rows.map((row) => [row.contributionId, row.total]));
  return Object.fromEntries(items.map((item) => [item.id, totals.get(item.id) ?? 0]));
}

/**
 * The voting state of a track as the viewer may see it. Counts go to the track's moderators always and to
 * everyone else only while the moderators show the interim result (`voteCountsVisible`), so that early
 * counts do not steer the later votes. The caller has checked that the viewer may see the track at all.
 */
export function trackVoting(db: AppDatabase, trackId: string, viewer: Principal): TrackVoting | null {
  const track = db.select().from(tracks).where(eq(tracks.id, trackId)).get();
  if (!track) return null;
  const items = liveContributions(db, trackId);
  const isVoter = viewer.kind === "participant" && viewer.eventId === track.eventId;
  const mine = isVoter ? votesOf(db, trackId, viewer.participantId) : {};
  const seesCounts = moderatesTrack(viewer, track) || track.voteCountsVisible;
  return {
    open: track.votingOpen,
    budget: track.voteBudget,
    maxPerItem: track.maxVotesPerItem,
    countsVisible: track.voteCountsVisible,
    remaining: isVoter ? remainingOf(track.voteBudget, mine) : null,
    mine,
    counts: seesCounts ? countsOf(db, trackId, items) : null,
    contributions: items,
  };
}

export interface VotingSettings {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
}

/** What changing the settings needs: like the admin actions, but the actor moderates the track. */
export interface VotingActionContext extends VotingContext {
  actor: AccountPrincipal;
}

export type SettingsResult = { ok: true } | { ok: false; reason: "not-found" | "invalid-settings" };

/** Budget 1..50 and at most the whole budget on one item; whole numbers only. */
export function validVotingSettings(settings: VotingSettings): boolean {
  const { budget, maxPerItem } = settings;
  return (
    Number.isInteger(budget) &&
    Number.isInteger(maxPerItem) &&
    budget >= 1 &&
    budget <= MAX_VOTE_BUDGET &&
    maxPerItem >= 1 &&
    maxPerItem <= budget
  );
}

/**
 * Opens or closes voting and sets its limits. Callers check `moderatesTrack` first. Lowering a limit keeps
 * the votes already given: they still count, but no new ones can be added beyond the new limits.
 */
export function setVotingSettings(ctx: VotingActionContext, trackId: string, settings: VotingSettings): SettingsResult {
  if (!validVotingSettings(settings)) return { ok: false, reason: "invalid-settings" };
  const track = ctx.db.select({ eventId: tracks.eventId }).from(tracks).where(eq(tracks.id, trackId)).get();
  if (!track) return { ok: false, reason: "not-found" };
  ctx.db
    .update(tracks)
    .set({
      votingOpen: settings.open,
      voteBudget: settings.budget,
      maxVotesPerItem: settings.maxPerItem,
      voteCountsVisible: settings.countsVisible,
    })
    .where(eq(tracks.id, trackId))
    .run();
  audit(ctx.db, ctx.services.logger, {
    action: "voting_settings_changed",
    actor: actorOf(ctx.actor),
    eventId: track.eventId,
    details: { trackId, ...settings },
  });
  sendTrackState(ctx.db, ctx.services.connections, trackId);
  return { ok: true };
}
