import * as Y from "yjs";
import { ContributionAttr, type ContributionKind, isContributionKind } from "../../shared/contribution-schema";
import { TRACK_FRAGMENT } from "../collab/track-structure";
import { plainText } from "../contributions/extract";

/**
 * A track document as plain data, for showing a snapshot read-only: its top-level blocks in order. Only
 * text and a few known attributes leave the Y.Doc, so the page renders it as text (React escapes it) and
 * never as HTML taken from the document.
 */
export type RenderedBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | {
      type: "contribution";
      kind: ContributionKind;
      id: string | null;
      text: string;
      authorName: string | null;
      authorOrganisation: string | null;
    };

export function renderDocument(doc: Y.Doc): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  for (const node of doc.getXmlFragment(TRACK_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const text = plainText(node);
    if (isContributionKind(node.nodeName)) {
      blocks.push({
        type: "contribution",
        kind: node.nodeName as ContributionKind,
        id: attribute(node, ContributionAttr.id),
        text,
        authorName: attribute(node, ContributionAttr.authorName),
        authorOrganisation: attribute(node, ContributionAttr.authorOrganisation),
      });
    } else if (text !== "") {
      // Empty paragraphs are the editor's spacing, not content.
      blocks.push({ type: node.nodeName === "heading" ? "heading" : "paragraph", text });
    }
  }
  return blocks;
}

/** Renders a stored state (Y.encodeStateAsUpdate) without touching any live document. */
export function renderState(state: Uint8Array): RenderedBlock[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return renderDocument(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The document as one text, block by block, separated by blank lines: what the comparison diffs and what
 * decides whether an automatic snapshot would hold anything new. `label` names a contribution's kind.
 */
export function documentText(blocks: RenderedBlock[], label: (kind: ContributionKind) => string = (k) => k): string {
  return blocks
    .map((block) => (block.type === "contribution" ? `${label(block.kind)}: ${block.text}` : block.text))
    .join("\n\n");
}

function attribute(element: Y.XmlElement, name: string): string | null {
  const value = element.getAttribute(name);
  return typeof value === "string" && value !== "" ? value : null;
}
