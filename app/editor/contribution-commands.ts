import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { ContributionAttr, type ContributionKind } from "../../shared/contribution-schema";

/** The heading that opens the steps section (created by the server, see track-structure.ts). */
const STEPS_HEADING = "Lösungsschritte";

export interface NewContribution {
  text?: string;
  problemIds?: string[];
}

/**
 * Where a new block goes: into the empty paragraph the cursor is in, if it is a top-level one; otherwise at
 * the end of its section (problems before the "Lösungsschritte" heading, steps at the end).
 */
export function insertionRange(
  doc: ProseMirrorNode,
  kind: ContributionKind,
  cursor: number,
): { from: number; to: number } {
  const $cursor = doc.resolve(cursor);
  const parent = $cursor.parent;
  if ($cursor.depth === 1 && parent.type.name === "paragraph" && parent.content.size === 0) {
    return { from: $cursor.before(1), to: $cursor.after(1) };
  }
  if (kind === "problem") {
    let stepsHeading: number | null = null;
    doc.forEach((node, offset) => {
      if (stepsHeading === null && node.type.name === "heading" && node.textContent.trim() === STEPS_HEADING) {
        stepsHeading = offset;
      }
    });
    if (stepsHeading !== null) return { from: stepsHeading, to: stepsHeading };
  }
  return { from: doc.content.size, to: doc.content.size };
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    contributions: {
      /** Adds a problem or step (with optional text and linked problems) and puts the cursor into it. */
      insertContribution: (kind: ContributionKind, contribution?: NewContribution) => ReturnType;
    };
  }
}

export function insertContributionCommand(kind: ContributionKind, contribution: NewContribution = {}) {
  return ({
    state,
    tr,
    dispatch,
  }: {
    state: import("@tiptap/pm/state").EditorState;
    tr: import("@tiptap/pm/state").Transaction;
    dispatch?: (tr: import("@tiptap/pm/state").Transaction) => void;
  }) => {
    const { schema } = state;
    const type = schema.nodes[kind];
    const paragraph = schema.nodes.paragraph;
    if (!type || !paragraph) return false;
    const attrs =
      kind === "step" && contribution.problemIds?.length
        ? { [ContributionAttr.problemIds]: JSON.stringify(contribution.problemIds) }
        : {};
    const text = contribution.text?.trim();
    const paragraphs = (text ? text.split(/\n{2,}/) : [""]).map((part) =>
      paragraph.create(null, part ? schema.text(part) : null),
    );
    const node = type.create(attrs, paragraphs);
    const { from, to } = insertionRange(state.doc, kind, state.selection.from);
    if (dispatch) {
      tr.replaceWith(from, to, node);
      // Into the block's last paragraph, at its end.
      tr.setSelection(TextSelection.near(tr.doc.resolve(from + node.nodeSize - 2), -1));
      tr.scrollIntoView();
      dispatch(tr);
    }
    return true;
  };
}
