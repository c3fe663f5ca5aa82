import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type { ParticipantIdentity } from "../collab/participant-identity";
import { type TrackConnection, useTrackConnection, useWarnBeforeUnload } from "../collab/use-track-connection";
import { useMessages } from "../i18n/messages";
import { PresenceList } from "./presence-list";
import { SaveStatus } from "./save-status";

interface TrackEditorProps {
  documentName: string;
  trackTitle: string;
  identity: ParticipantIdentity;
  onChangeName: () => void;
}

export function TrackEditor({ documentName, trackTitle, identity, onChangeName }: TrackEditorProps) {
  const t = useMessages();
  const connection = useTrackConnection(documentName, identity);
  if (!connection) return <p className="placeholder">{t.track.loadingEditor}</p>;
  return (
    <div className="workspace">
      <div className="workspace-main">
        <SaveStatus saveTracker={connection.saveTracker} />
        <BoundEditor connection={connection} identity={identity} label={t.track.editorLabel(trackTitle)} />
      </div>
      <aside className="workspace-side">
        <PresenceList awareness={connection.provider.awareness} />
        <button type="button" className="link-button" onClick={onChangeName}>
          {t.displayName.change}
        </button>
      </aside>
    </div>
  );
}

/** The Tiptap editor bound to the track's Y.Doc: Yjs holds the content and its undo history. */
function BoundEditor({
  connection,
  identity,
  label,
}: {
  connection: TrackConnection;
  identity: ParticipantIdentity;
  label: string;
}) {
  useWarnBeforeUnload(connection.saveTracker);
  const editor = useEditor(
    {
      immediatelyRender: false,
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: connection.doc }),
        CollaborationCaret.configure({ provider: connection.provider, user: identity }),
      ],
      editorProps: {
        attributes: { "aria-label": label, "aria-multiline": "true", role: "textbox", class: "editor" },
      },
    },
    [connection],
  );
  return <EditorContent editor={editor} />;
}
