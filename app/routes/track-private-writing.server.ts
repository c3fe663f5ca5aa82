// What the loader and action of track-private-writing.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import type { findTrack } from "../../db/queries/tracks";
import { moderatesTrack, type Principal } from "../../server/auth/principal";
import type { FahrplanLoadContext } from "../../server/load-context";
import { draftDocumentName } from "../../shared/document-name";
import type { TrackPhase } from "../../shared/track-phase";
import { requireTrackAccess } from "../auth/track-access.server";
import { parseForm } from "../forms/parse-form.server";
import { privateWritingSchema } from "../forms/private-writing-schemas";
import { refusalsFrom } from "../forms/refusal";
import { messagesFor } from "../i18n/locale.server";
import { de } from "../i18n/messages";
import type { Route } from "./+types/track-private-writing";

function stateFor(context: FahrplanLoadContext, request: Request, params: Route.LoaderArgs["params"]) {
  const { principal, track } = requireTrackAccess(context, request, params);
  return privateWritingState(context, principal, track);
}

function statusOf(reason: "not-found" | "forbidden" | "not-collecting"): 403 | 404 | 409 {
  return reason === "not-found" ? 404 : reason === "forbidden" ? 403 : 409;
}

function privateWritingState(
  context: FahrplanLoadContext,
  principal: Principal,
  track: NonNullable<ReturnType<typeof findTrack>>,
): PrivateWritingState {
  const canModerate = moderatesTrack(principal, track);
  const drafts = canModerate
    ? context.services.privateWriting.drafts(track.id).map((draft) => ({
        participantId: draft.participantId,
        documentName: draft.documentName,
        // A name, and the organisation in brackets: the same in every language.
        name: de.privateWriting.moderator.draftOf(draft.displayName, draft.organisation),
      }))
    : null;
  return {
    enabled: track.privateWriting,
    trackDocument: track.documentName,
    phase: track.phase,
    canModerate,
    ownDraft:
      principal.kind === "participant" && track.privateWriting
        ? draftDocumentName(track.id, principal.participantId)
        : null,
    drafts,
  };
}

export interface PrivateWritingState {
  enabled: boolean;
  /** The track's shared document: its live state (ADR 008) says at once when private writing is switched. */
  trackDocument: string;
  phase: TrackPhase;
  canModerate: boolean;
  /** The caller's own draft while private writing is on (participants only); null otherwise. */
  ownDraft: string | null;
  /** The drafts with their authors, for the track's moderators only. */
  drafts: { participantId: string; documentName: string; name: string }[] | null;
  /** After an action: what it did, as a German sentence for the live region. */
  done?: string;
}

export function loadTrackPrivateWriting({ context, params, request }: Route.LoaderArgs) {
  return stateFor(context, request, params);
}

export async function performTrackPrivateWritingAction({ context, params, request }: Route.ActionArgs) {
  const refuse = refusalsFrom(messagesFor(request).privateWriting.refusals);
  const { principal, track } = requireTrackAccess(context, request, params);
  const form = await parseForm(request, privateWritingSchema);
  if (!form.ok) return refuse("invalid-input", 400);
  const service = context.services.privateWriting;
  const t = messagesFor(request).privateWriting.moderator;
  if (form.data.intent === "reveal") {
    const result = await service.reveal(principal, track.id);
    if (!result.ok) return refuse(result.reason, statusOf(result.reason));
    return { ...stateFor(context, request, params), done: t.revealed(result.value.revealed) };
  }
  const enabled = form.data.enabled === "on";
  const result = await service.setEnabled(principal, track.id, enabled);
  if (!result.ok) return refuse(result.reason, statusOf(result.reason));
  return { ...stateFor(context, request, params), done: enabled ? t.switchedOn : t.switchedOff };
}
