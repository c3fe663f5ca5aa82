import type { TrackPhase } from "../../shared/track-phase";

/**
 * Who is making a request, resolved from the session cookie (server/auth/sessions.ts), and what they may
 * do. Every permission in the app is decided by the functions in this file.
 */
export type Principal = AccountPrincipal | ParticipantPrincipal | ObserverPrincipal;

interface PrincipalBase {
  sessionId: string;
}

export interface AccountPrincipal extends PrincipalBase {
  kind: "account";
  userId: string;
  email: string;
  displayName: string;
  role: "admin" | "moderator";
  /** Events moderated as a whole, and tracks moderated one by one (empty for admins, who moderate all). */
  moderatedEvents: string[];
  moderatedTracks: { eventId: string; trackId: string }[];
}

export interface ParticipantPrincipal extends PrincipalBase {
  kind: "participant";
  participantId: string;
  eventId: string;
  displayName: string;
  organisation: string | null;
  color: string;
}

export interface ObserverPrincipal extends PrincipalBase {
  kind: "observer";
  observerLinkId: string;
  eventId: string;
  /** Null: every track of the event. */
  trackId: string | null;
}

export type TrackAccess = "write" | "read" | "none";

export interface TrackRef {
  id: string;
  eventId: string;
  /** The workshop phase; `closed` is the one that takes participants' writing away (ADR 008). */
  phase: TrackPhase;
  /** Private writing: participants write into drafts of their own, the shared document is read-only (ADR 009). */
  privateWriting: boolean;
}

export function isAdmin(principal: Principal | null): principal is AccountPrincipal {
  return principal?.kind === "account" && principal.role === "admin";
}

/** The account behind a principal, when it is one; permissions of accounts start here. */
function accountOf(principal: Principal | null): AccountPrincipal | null {
  return principal?.kind === "account" ? principal : null;
}

function moderatesWholeEvent(account: AccountPrincipal, eventId: string): boolean {
  return account.role === "admin" || account.moderatedEvents.includes(eventId);
}

/** Moderates the event as a whole (or is an admin). */
export function moderatesEvent(principal: Principal | null, eventId: string): principal is AccountPrincipal {
  const account = accountOf(principal);
  return account !== null && moderatesWholeEvent(account, eventId);
}

/** Moderates this track: the whole event, or this track by assignment. */
export function moderatesTrack(principal: Principal | null, track: TrackRef): principal is AccountPrincipal {
  const account = accountOf(principal);
  if (!account) return false;
  return (
    moderatesWholeEvent(account, track.eventId) || account.moderatedTracks.some((each) => each.trackId === track.id)
  );
}

/** Moderates anything of the event: the moderation pages are open to them. */
export function moderatesInEvent(principal: Principal | null, eventId: string): principal is AccountPrincipal {
  const account = accountOf(principal);
  if (!account) return false;
  return moderatesWholeEvent(account, eventId) || account.moderatedTracks.some((each) => each.eventId === eventId);
}

/**
 * Who someone is in an event's closing plenary (ADR 020): its moderators steer it and read the comments;
 * its participants give voices; observers of the event follow it; anyone else has no part in it.
 */
export function plenaryRole(
  principal: Principal | null,
  eventId: string,
): "moderator" | "participant" | "observer" | null {
  if (moderatesInEvent(principal, eventId)) return "moderator";
  if (principal?.kind === "participant" && principal.eventId === eventId) return "participant";
  if (principal?.kind === "observer" && principal.eventId === eventId) return "observer";
  return null;
}

/**
 * What a principal may do with a track's live document:
 * - participants of the event write, unless the track's phase is `closed` or private writing is on (then
 *   they read, and write into their draft: `draftAccess`);
 * - moderators write in the tracks they moderate and read the other tracks of their events;
 * - admins write everywhere; observers read what their link covers;
 * - everyone else: nothing.
 */
export function trackAccess(principal: Principal | null, track: TrackRef): TrackAccess {
  if (!principal) return "none";
  switch (principal.kind) {
    case "participant":
      if (principal.eventId !== track.eventId) return "none";
      return track.phase === "closed" || track.privateWriting ? "read" : "write";
    case "observer":
      if (principal.eventId !== track.eventId) return "none";
      return principal.trackId === null || principal.trackId === track.id ? "read" : "none";
    case "account":
      if (moderatesTrack(principal, track)) return "write";
      return moderatesInEvent(principal, track.eventId) ? "read" : "none";
  }
}

/**
 * Who may see a track's join QR code (it carries the event's join code): moderators of the track and
 * admins, who invite people; observers whose link covers the track, for the projector; and the event's
 * participants, who know the code already. Moderators of other tracks of the event do not need it.
 */
export function maySeeJoinQr(principal: Principal | null, track: TrackRef): boolean {
  if (principal?.kind === "account") return moderatesTrack(principal, track);
  return trackAccess(principal, track) !== "none";
}

/**
 * What a principal may do with a participant's private draft in a track (ADR 009):
 * - its author writes it while private writing is on and the track is not closed (reads it otherwise);
 * - the track's moderators (and admins) read it; they never write into someone's draft;
 * - everyone else, other participants and observers included: nothing.
 */
export function draftAccess(principal: Principal | null, track: TrackRef, authorId: string): TrackAccess {
  if (principal?.kind === "participant" && principal.participantId === authorId) {
    if (principal.eventId !== track.eventId) return "none";
    return track.privateWriting && track.phase !== "closed" ? "write" : "read";
  }
  return moderatesTrack(principal, track) ? "read" : "none";
}

/** The key under which the audit log records the principal. */
export function actorOf(principal: Principal | null): string {
  if (!principal) return "anonymous";
  switch (principal.kind) {
    case "account":
      return `user:${principal.userId}`;
    case "participant":
      return `participant:${principal.participantId}`;
    case "observer":
      return `observer:${principal.observerLinkId}`;
  }
}
