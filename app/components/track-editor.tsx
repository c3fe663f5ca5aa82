import { EditorContent, useEditor } from "@tiptap/react";
import { useState } from "react";
import type { Author } from "../../server/contributions/authors";
import {
  type PresenceIdentity,
  type TrackConnection,
  useHasDocumentContent,
  useTrackConnection,
  useWarnBeforeUnload,
} from "../collab/use-track-connection";
import { ContributionForms } from "../editor/contribution-forms";
import { ContributionToolbar } from "../editor/contribution-toolbar";
import { trackEditorExtensions } from "../editor/extensions";
import { useMessages } from "../i18n/messages";
import { PresenceList } from "./presence-list";
import { SaveStatus } from "./save-status";

interface TrackEditorProps {
  documentName: string;
  trackTitle: string;
  identity: PresenceIdentity | null;
  author: Author | null;
  editable: boolean;
  /** The editor's accessible name, when it is not the track's shared document (a private draft). */
  editorLabel?: string;
}

export function TrackEditor({ documentName, trackTitle, identity, author, editable, editorLabel }: TrackEditorProps) {
  const t = useMessages();
  // Only people who write keep a local copy (ADR 013); it is theirs alone, so it is keyed by their id.
  const connection = useTrackConnection(documentName, identity, editable ? (author?.id ?? null) : null);
  if (!connection) return <p className="placeholder">{t.track.loadingEditor}</p>;
  return <ConnectedWorkspace connection={connection} {...{ trackTitle, identity, author, editable, editorLabel }} />;
}

/**
 * The save line, and the editor once there is a document (the server's or the local copy of it); until
 * then the save line says why there is none yet (connecting, or blocked).
 */
function ConnectedWorkspace({
  connection,
  trackTitle,
  identity,
  author,
  editable,
  editorLabel,
}: Omit<TrackEditorProps, "documentName"> & { connection: TrackConnection }) {
  const t = useMessages();
  const hasContent = useHasDocumentContent(connection);
  return (
    <div className="workspace">
      <div className="workspace-main">
        <SaveStatus saveTracker={connection.saveTracker} editable={editable} keepsLocalCopy={!!connection.localCopy} />
        {hasContent ? (
          <BoundEditor
            connection={connection}
            identity={identity}
            author={author}
            editable={editable}
            label={editorLabel ?? t.track.editorLabel(trackTitle)}
          />
        ) : (
          <p className="placeholder">{t.track.loadingEditor}</p>
        )}
      </div>
      <aside className="workspace-side">
        <PresenceList awareness={connection.provider.awareness} />
      </aside>
    </div>
  );
}

/** The Tiptap editor bound to the track's Y.Doc, with its toolbar and the accessible forms. */
function BoundEditor({
  connection,
  identity,
  author,
  editable,
  label,
}: {
  connection: TrackConnection;
  identity: PresenceIdentity | null;
  author: Author | null;
  editable: boolean;
  label: string;
}) {
  const t = useMessages();
  const [showAuthors, setShowAuthors] = useState(false);
  useWarnBeforeUnload(connection.saveTracker);
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: trackEditorExtensions({ doc: connection.doc, provider: connection.provider, user: identity, author }),
      editorProps: {
        attributes: {
          "aria-label": label,
          "aria-multiline": "true",
          "aria-readonly": editable ? "false" : "true",
          role: "textbox",
          class: "editor",
        },
      },
    },
    [connection, editable],
  );
  if (!editor) return null;
  return (
    <>
      {editable && (
        <ContributionToolbar editor={editor} showAuthors={showAuthors} onShowAuthorsChange={setShowAuthors} />
      )}
      <div className={showAuthors ? "editor-frame show-authors" : "editor-frame"}>
        <EditorContent editor={editor} />
      </div>
      {editable && <p className="hint">{t.contributions.slashHint}</p>}
      {editable && <ContributionForms editor={editor} />}
    </>
  );
}
