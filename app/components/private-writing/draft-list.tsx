import { useId, useState } from "react";
import { useMessages } from "../../i18n/messages";
import { TrackWorkspace } from "../track-workspace";

interface DraftListProps {
  drafts: { participantId: string; documentName: string; name: string }[];
  trackTitle: string;
}

/**
 * Every participant's draft, read-only, for the track's moderators. Each is a disclosure that connects to
 * the draft only while it is open: a moderator reads one or two drafts at a time, not fifty at once.
 */
export function DraftList({ drafts, trackTitle }: DraftListProps) {
  const t = useMessages().privateWriting.moderator;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="private-drafts">
      <h3 id={headingId}>{t.draftsHeading}</h3>
      {drafts.length === 0 ? (
        <p className="hint">{t.noDrafts}</p>
      ) : (
        <ul>
          {drafts.map((draft) => (
            <li key={draft.participantId}>
              <DraftDisclosure documentName={draft.documentName} name={draft.name} trackTitle={trackTitle} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DraftDisclosure({
  documentName,
  name,
  trackTitle,
}: {
  documentName: string;
  name: string;
  trackTitle: string;
}) {
  const t = useMessages().privateWriting.moderator;
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{name}</summary>
      {open && (
        <TrackWorkspace
          documentName={documentName}
          trackTitle={trackTitle}
          editorLabel={t.draftTitle(name)}
          identity={null}
          author={null}
          editable={false}
        />
      )}
    </details>
  );
}
