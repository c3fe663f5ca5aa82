import { useEffect, useState } from "react";
import type { Author } from "../../server/contributions/authors";
import type { PresenceIdentity } from "../collab/use-track-connection";
import { useMessages } from "../i18n/messages";
import { TrackEditor } from "./track-editor";

interface TrackWorkspaceProps {
  documentName: string;
  trackTitle: string;
  /** How this person appears to the others; null for observers, who are not shown. */
  identity: PresenceIdentity | null;
  /** Who new problems and steps are attributed to (the server checks it). */
  author: Author | null;
  editable: boolean;
  /** The editor's accessible name, when it is not the track's shared document (a private draft). */
  editorLabel?: string;
}

/**
 * The live part of a track page. It exists only in the browser: the server renders a placeholder, because
 * the document's content comes from the collaboration channel, never from the HTML.
 */
export function TrackWorkspace(props: TrackWorkspaceProps) {
  const t = useMessages();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <p className="placeholder">{t.track.loadingEditor}</p>;
  return <TrackEditor {...props} />;
}
