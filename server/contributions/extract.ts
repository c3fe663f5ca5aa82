import * as Y from "yjs";
import {
  ContributionAttr,
  type ContributionKind,
  isContributionKind,
  parseProblemIds,
} from "../../shared/contribution-schema";
import { TRACK_FRAGMENT } from "../collab/track-structure";

/** A problem or step as it stands in a track document. */
export interface ExtractedContribution {
  id: string;
  kind: ContributionKind;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  authorId: string | null;
  authorName: string | null;
  authorOrganisation: string | null;
  problemIds: string[];
  /** Order in the document, counting problems and steps together. */
  position: number;
}

const MAX_ID_LENGTH = 100;

/**
 * Reads every problem and step of a track document, in document order. Blocks without a usable id, and
 * second blocks with an id already seen (a modified client's copy), are left out: the first one wins.
 */
export function extractContributions(doc: Y.Doc): ExtractedContribution[] {
  const found: ExtractedContribution[] = [];
  const seen = new Set<string>();
  const visit = (element: Y.XmlElement) => {
    if (isContributionKind(element.nodeName)) {
      const id = element.getAttribute(ContributionAttr.id);
      if (typeof id === "string" && id !== "" && id.length <= MAX_ID_LENGTH && !seen.has(id)) {
        seen.add(id);
        found.push(describe(element, id, element.nodeName as ContributionKind, found.length));
      }
      return;
    }
    for (const child of element.toArray()) if (child instanceof Y.XmlElement) visit(child);
  };
  for (const node of doc.getXmlFragment(TRACK_FRAGMENT).toArray()) if (node instanceof Y.XmlElement) visit(node);
  return found;
}

function describe(element: Y.XmlElement, id: string, kind: ContributionKind, position: number): ExtractedContribution {
  const text = (name: string) => {
    const value = element.getAttribute(name);
    return typeof value === "string" && value !== "" ? value : null;
  };
  return {
    id,
    kind,
    text: plainText(element),
    authorId: text(ContributionAttr.authorId),
    authorName: text(ContributionAttr.authorName),
    authorOrganisation: text(ContributionAttr.authorOrganisation),
    problemIds: kind === "step" ? parseProblemIds(element.getAttribute(ContributionAttr.problemIds)) : [],
    position,
  };
}

/** The text of a block: its paragraphs' text (without formatting) separated by blank lines. */
export function plainText(element: Y.XmlElement): string {
  const blocks: string[] = [];
  let inline = "";
  const flush = () => {
    if (inline.trim() !== "") blocks.push(inline.trim());
    inline = "";
  };
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      inline += textOf(child);
    } else if (!(child instanceof Y.XmlElement)) {
      // an XmlHook: nothing the editor writes; no text of ours
    } else if (child.nodeName === "hardBreak") {
      inline += "\n";
    } else {
      flush();
      const nested = plainText(child);
      if (nested !== "") blocks.push(nested);
    }
  }
  flush();
  return blocks.join("\n\n");
}

function textOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");
}
