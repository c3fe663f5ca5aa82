import type { IncomingMessage } from "node:http";
import type { AppDatabase } from "../../db/client";
import { findTrackById } from "../../db/queries/tracks";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { parseDraftDocumentName, parseTrackDocumentName } from "../../shared/document-name";
import { presenceColorFor } from "../../shared/presence-colors";
import { isAllowedOrigin } from "../auth/origin";
import type { Principal } from "../auth/principal";
import { draftAccess, trackAccess } from "../auth/principal";
import { sessionTokenFrom } from "../auth/session-cookie";
import { resolveSession } from "../auth/sessions";
import { isDraftAuthorOf } from "../private-writing/drafts";
import type { PresenceIdentity } from "./awareness-guard";
import type { ConnectionGrant } from "./room";

export type UpgradeDecision =
  | { ok: true; documentName: string; grant: ConnectionGrant; identity: PresenceIdentity | null }
  | { ok: false; status: 400 | 401 | 403 | 404; reason: string };

export interface UpgradeAuthorizerOptions {
  db: AppDatabase;
  publicUrl: string | null;
  trustProxy: boolean;
}

/**
 * Decides an upgrade to the collaboration endpoint before anything is loaded, in this order: the Origin
 * must be this app's (403), the session cookie must be valid (401), the name must be a track's document
 * (404) or a participant's private draft in it, and the principal must have access to that track or draft
 * (403). Read-only is decided here, once.
 * Returns undefined for URLs outside the collaboration path.
 */
export function authorizeUpgrade(
  request: IncomingMessage,
  options: UpgradeAuthorizerOptions,
): UpgradeDecision | undefined {
  const documentName = documentNameOf(request.url ?? "");
  if (documentName === undefined) return undefined;
  const secure = options.trustProxy
    ? request.headers["x-forwarded-proto"] === "https"
    : Boolean((request.socket as { encrypted?: boolean }).encrypted);
  const host = options.trustProxy
    ? (headerValue(request.headers["x-forwarded-host"]) ?? request.headers.host)
    : request.headers.host;
  if (!isAllowedOrigin(request.headers.origin, { host, secure }, options.publicUrl)) {
    return { ok: false, status: 403, reason: "foreign origin" };
  }
  const token = sessionTokenFrom(request.headers.cookie);
  const principal = token ? resolveSession(options.db, token) : null;
  if (!principal) return { ok: false, status: 401, reason: "no session" };
  // A private draft (ADR 009) belongs to its track: the same checks, with the draft's own rights.
  const draft = documentName === null ? null : parseDraftDocumentName(documentName);
  const trackId = documentName === null ? null : (draft?.trackId ?? parseTrackDocumentName(documentName));
  const track = trackId ? findTrackById(options.db, trackId) : null;
  if (!track || !documentName) return { ok: false, status: 404, reason: "no such document" };
  if (draft && !isDraftAuthorOf(options.db, track.eventId, draft.participantId)) {
    return { ok: false, status: 404, reason: "no such document" };
  }
  const access = draft ? draftAccess(principal, track, draft.participantId) : trackAccess(principal, track);
  if (access === "none") return { ok: false, status: 403, reason: "no access to this track" };
  return {
    ok: true,
    documentName,
    grant: { principal, eventId: track.eventId, trackId: track.id, readOnly: access === "read" },
    identity: access === "write" ? presenceOf(principal) : null,
  };
}

function presenceOf(principal: Principal): PresenceIdentity | null {
  switch (principal.kind) {
    case "participant":
      return { name: principal.displayName, color: principal.color };
    case "account":
      return { name: principal.displayName, color: presenceColorFor(principal.userId) };
    case "observer":
      return null;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The document name in an upgrade URL: undefined when the URL is not under the collaboration path at all,
 * null when it is but does not name anything sensible (bad encoding, more path segments).
 */
function documentNameOf(url: string): string | null | undefined {
  let pathname: string;
  try {
    pathname = new URL(url, "http://localhost").pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return undefined;
  const encoded = pathname.slice(COLLAB_PATH.length + 1);
  if (encoded.includes("/")) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
