import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import {
  type PresenceIdentity,
  type TrackConnection,
  useTrackConnection,
  useWarnBeforeUnload,
} from "../collab/use-track-connection";
import { useMessages } from "../i18n/messages";
import { PresenceList } from "./presence-list";
import { SaveStatus } from "./save-status";

interface TrackEditorProps {
  documentName: string;
  trackTitle: string;
  identity: PresenceIdentity | null;
  editable: boolean;
}

export function TrackEditor({ documentName, trackTitle, identity, editable }: TrackEditorProps) {
  const t = useMessages();
  const connection = useTrackConnection(documentName, identity);
  if (!connection) return <p className="placeholder">{t.track.loadingEditor}</p>;
  return (
    <div className="workspace">
      <div className="workspace-main">
        <SaveStatus saveTracker={connection.saveTracker} editable={editable} />
        <BoundEditor
          connection={connection}
          identity={identity}
          editable={editable}
          label={t.track.editorLabel(trackTitle)}
        />
      </div>
      <aside className="workspace-side">
        <PresenceList awareness={connection.provider.awareness} />
      </aside>
    </div>
  );
}

/** The Tiptap editor bound to the track's Y.Doc: Yjs holds the content and its undo history. */
function BoundEditor({
  connection,
  identity,
  editable,
  label,
}: {
  connection: TrackConnection;
  identity: PresenceIdentity | null;
  editable: boolean;
  label: string;
}) {
  useWarnBeforeUnload(connection.saveTracker);
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: connection.doc }),
        // Observers have no caret to show; the others' carets are rendered either way.
        CollaborationCaret.configure({ provider: connection.provider, user: identity ?? {} }),
      ],
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
  return <EditorContent editor={editor} />;
}
