/**
 * Names of live documents. Every track has exactly one live document, and its name is derived from the
 * track's id (never from its slug or title, which admins may change). The same pair of functions is used by
 * the browser (to choose the y-websocket room) and by the server (to decide which track a connection
 * wants), so the format lives only here.
 */

const TRACK_DOCUMENT_PREFIX = "track.";
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The live document of a track: `track.<track id>`. */
export function trackDocumentName(trackId: string): string {
  if (!UUID_PATTERN.test(trackId)) throw new Error(`Not a track id: ${JSON.stringify(trackId)}`);
  return `${TRACK_DOCUMENT_PREFIX}${trackId}`;
}

/** The track id inside a document name, or null when the name is not a well-formed track document name. */
export function parseTrackDocumentName(name: string): string | null {
  if (!name.startsWith(TRACK_DOCUMENT_PREFIX)) return null;
  const trackId = name.slice(TRACK_DOCUMENT_PREFIX.length);
  return UUID_PATTERN.test(trackId) ? trackId : null;
}

const DRAFT_INFIX = ".draft.";

/**
 * A participant's private draft in a track (private writing, ADR 009): `track.<track id>.draft.<participant
 * id>`. Only its author writes it and only the track's moderators read it, until it is revealed.
 */
export function draftDocumentName(trackId: string, participantId: string): string {
  if (!UUID_PATTERN.test(participantId)) throw new Error(`Not a participant id: ${JSON.stringify(participantId)}`);
  return `${trackDocumentName(trackId)}${DRAFT_INFIX}${participantId}`;
}

/** The track and participant of a draft's name, or null when the name is not a well-formed draft name. */
export function parseDraftDocumentName(name: string): { trackId: string; participantId: string } | null {
  const infix = name.indexOf(DRAFT_INFIX);
  if (infix < 0) return null;
  const trackId = parseTrackDocumentName(name.slice(0, infix));
  const participantId = name.slice(infix + DRAFT_INFIX.length);
  return trackId && UUID_PATTERN.test(participantId) ? { trackId, participantId } : null;
}
