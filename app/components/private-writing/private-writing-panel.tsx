import { useId } from "react";
import type { Author } from "../../../server/contributions/authors";
import type { PresenceIdentity } from "../../collab/use-track-connection";
import { useMessages } from "../../i18n/messages";
import { TrackWorkspace } from "../track-workspace";
import { DraftList } from "./draft-list";
import { ModeratorControls } from "./moderator-controls";
import { usePrivateWriting } from "./use-private-writing";
import "./private-writing.css";

interface PrivateWritingPanelProps {
  eventSlug: string;
  trackSlug: string;
  trackTitle: string;
  identity: PresenceIdentity | null;
  author: Author | null;
}

/**
 * Private writing on the track page (ADR 009), below the shared document. Participants, while it is on,
 * get the notice and their own draft to write in; the track's moderators get the switch, "Aufdecken" and
 * everyone's drafts, read-only. Everybody else sees nothing of it. What anyone may read or write is decided
 * by the server at the collaboration upgrade; this panel only shows what the server allows.
 */
export function PrivateWritingPanel({ eventSlug, trackSlug, trackTitle, identity, author }: PrivateWritingPanelProps) {
  const t = useMessages().privateWriting;
  const headingId = useId();
  const actionUrl = `/events/${encodeURIComponent(eventSlug)}/tracks/${encodeURIComponent(trackSlug)}/private-writing`;
  const live = usePrivateWriting(actionUrl);
  const { state } = live;
  if (!state || (!state.canModerate && !state.ownDraft)) return null;
  return (
    <section aria-labelledby={headingId} className="private-writing">
      <h2 id={headingId}>{state.ownDraft ? t.draftHeading : t.heading}</h2>
      {state.ownDraft && (
        <>
          <p className="notice" role="status">
            {t.participantNotice}
          </p>
          <p className="hint">{t.participantHint}</p>
          <TrackWorkspace
            documentName={state.ownDraft}
            trackTitle={trackTitle}
            editorLabel={t.draftTitle(trackTitle)}
            identity={identity}
            author={author}
            editable
          />
        </>
      )}
      {state.canModerate && (
        <>
          <ModeratorControls live={live} actionUrl={actionUrl} />
          <DraftList drafts={state.drafts ?? []} trackTitle={trackTitle} />
        </>
      )}
    </section>
  );
}
