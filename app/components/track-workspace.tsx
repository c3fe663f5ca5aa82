import { useEffect, useState } from "react";
import { loadIdentity, type ParticipantIdentity } from "../collab/participant-identity";
import { useMessages } from "../i18n/messages";
import { DisplayNameForm } from "./display-name-form";
import { TrackEditor } from "./track-editor";

/**
 * The live part of a track page. It exists only in the browser: the server renders a placeholder, because
 * the document's content comes from the collaboration channel, never from the HTML.
 */
export function TrackWorkspace({ documentName, trackTitle }: { documentName: string; trackTitle: string }) {
  const t = useMessages();
  const [mounted, setMounted] = useState(false);
  const [identity, setIdentity] = useState<ParticipantIdentity | null>(null);

  useEffect(() => {
    setIdentity(loadIdentity());
    setMounted(true);
  }, []);

  if (!mounted) return <p className="placeholder">{t.track.loadingEditor}</p>;
  if (!identity) return <DisplayNameForm onSaved={setIdentity} />;
  return (
    <TrackEditor
      documentName={documentName}
      trackTitle={trackTitle}
      identity={identity}
      onChangeName={() => setIdentity(null)}
    />
  );
}
