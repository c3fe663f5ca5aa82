import { EditorContent, useEditor } from "@tiptap/react";
import { useState } from "react";
import type { Author } from "../../server/contributions/authors";
import {
  type PresenceIdentity,
  type TrackConnection,
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
}

export function TrackEditor({ documentName, trackTitle, identity, author, editable }: TrackEditorProps) {
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
          author={author}
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
