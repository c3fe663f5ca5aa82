import type { Editor } from "@tiptap/react";
import { useMessages } from "../i18n/messages";

/**
 * Buttons that add a problem or a step, and the switch that shows who wrote what. A `toolbar` in the
 * ARIA sense: one group of controls for the editor below it.
 */
export function ContributionToolbar({
  editor,
  showAuthors,
  onShowAuthorsChange,
}: {
  editor: Editor;
  showAuthors: boolean;
  onShowAuthorsChange: (show: boolean) => void;
}) {
  const t = useMessages();
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t.contributions.toolbarLabel}>
      {(["problem", "step"] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="toolbar-button"
          disabled={!editor.isEditable}
          aria-keyshortcuts={kind === "problem" ? "Control+Alt+1" : "Control+Alt+2"}
          title={t.contributions.shortcutHint(t.contributions.shortcuts[kind])}
          // Keep the focus (and the cursor) in the editor while clicking, so that what is typed right after
          // the click lands in the new block; keyboard users reach the button by Tab and Enter as usual.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().insertContribution(kind).run()}
        >
          + {kind === "problem" ? t.contributions.addProblem : t.contributions.addStep}
        </button>
      ))}
      <button
        type="button"
        className="toolbar-button toolbar-toggle"
        aria-pressed={showAuthors}
        onClick={() => onShowAuthorsChange(!showAuthors)}
      >
        {t.contributions.showAuthors}
      </button>
    </div>
  );
}
