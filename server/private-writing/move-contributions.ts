import * as Y from "yjs";
import { ContributionAttr, type ContributionKind, isContributionKind } from "../../shared/contribution-schema";
import { TRACK_FRAGMENT, TRACK_SECTIONS } from "../collab/track-structure";
import type { Author } from "../contributions/authors";
import { plainText } from "../contributions/extract";

/**
 * The two halves of revealing a draft (ADR 009), as plain Yjs operations. Both run inside a server-side
 * transaction of the registry (`DocumentRegistry.change`): first the copy into the track's document, and
 * only once that is committed, the removal from the draft.
 */

/** What was copied from a draft: contribution id → the block's XML when it was copied. */
export type CopiedBlocks = Map<string, string>;

const MAX_ID_LENGTH = 100;
const STEPS_HEADING = TRACK_SECTIONS[1];

/**
 * Copies the draft's problems and steps into the track's document: problems at the end of the
 * "Problemfelder" section (before the "Lösungsschritte" heading), steps at the end, as the editor places
 * new blocks. Ids are kept; the author is the draft's owner. A block whose id the track's document already
 * holds was revealed before and edited in the draft while that reveal was being stored: if it is the
 * owner's own contribution there, it is replaced by the newer text; otherwise (an id copied from someone
 * else's contribution) it is never revealed, so it can neither overwrite nor duplicate another's words.
 * Empty blocks stay in the draft (their author has probably just started one). Returns how many blocks
 * the track's document gained or had replaced.
 */
export function copyDraftIntoTrack(draft: Y.Doc, track: Y.Doc, author: Author, copied: CopiedBlocks): number {
  let changed = 0;
  const present = new Map(contributionElements(track).map((element) => [idOf(element), element]));
  const byKind: Record<ContributionKind, Y.XmlElement[]> = { problem: [], step: [] };
  for (const element of contributionElements(draft)) {
    const id = idOf(element);
    if (id === null || copied.has(id) || plainText(element).trim() === "") continue;
    const revealed = present.get(id);
    if (revealed && revealed.getAttribute(ContributionAttr.authorId) !== author.id) continue;
    const copy = element.clone();
    setAuthor(copy, author);
    copied.set(id, element.toString());
    if (!revealed) byKind[element.nodeName as ContributionKind].push(copy);
    else if (replaceIfChanged(revealed, element, copy)) changed++;
  }
  const fragment = track.getXmlFragment(TRACK_FRAGMENT);
  if (byKind.problem.length > 0) fragment.insert(stepsHeadingIndex(fragment), byKind.problem);
  if (byKind.step.length > 0) fragment.insert(fragment.length, byKind.step);
  return changed + byKind.problem.length + byKind.step.length;
}

/**
 * Removes the copied blocks from the draft. A block that changed since it was copied (its author typed
 * while the copy was being stored) stays in the draft, so that nothing typed is lost; its owner still sees
 * it there. Returns how many blocks were removed.
 */
export function removeCopiedFromDraft(draft: Y.Doc, copied: CopiedBlocks): number {
  let removed = 0;
  for (const element of contributionElements(draft)) {
    const id = idOf(element);
    if (id === null || copied.get(id) !== element.toString()) continue;
    const parent = element.parent;
    if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) continue;
    parent.delete(parent.toArray().indexOf(element), 1);
    removed++;
  }
  return removed;
}

/** Puts the newer copy in the place of the revealed block, unless nothing changed. */
function replaceIfChanged(revealed: Y.XmlElement, draftElement: Y.XmlElement, copy: Y.XmlElement): boolean {
  if (contentOf(revealed) === contentOf(draftElement)) return false;
  const parent = revealed.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return false;
  const index = parent.toArray().indexOf(revealed);
  parent.delete(index, 1);
  parent.insert(index, [copy]);
  return true;
}

/** What a participant wrote into a block: its text and links, without the author the server writes. */
function contentOf(element: Y.XmlElement): string {
  const children = element.toArray().map((child) => child.toString());
  return JSON.stringify([element.nodeName, element.getAttribute(ContributionAttr.problemIds) ?? null, children]);
}

/** Problems and steps of a document in document order, wherever they are nested (not inside each other). */
function contributionElements(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const visit = (element: Y.XmlElement) => {
    if (isContributionKind(element.nodeName)) found.push(element);
    else for (const child of element.toArray()) if (child instanceof Y.XmlElement) visit(child);
  };
  for (const node of doc.getXmlFragment(TRACK_FRAGMENT).toArray()) if (node instanceof Y.XmlElement) visit(node);
  return found;
}

function idOf(element: Y.XmlElement): string | null {
  const id = element.getAttribute(ContributionAttr.id);
  return typeof id === "string" && id !== "" && id.length <= MAX_ID_LENGTH ? id : null;
}

/** The top-level "Lösungsschritte" heading's position; the end when someone has deleted it. */
function stepsHeadingIndex(fragment: Y.XmlFragment): number {
  const index = fragment
    .toArray()
    .findIndex(
      (node) => node instanceof Y.XmlElement && node.nodeName === "heading" && plainText(node).trim() === STEPS_HEADING,
    );
  return index < 0 ? fragment.length : index;
}

function setAuthor(element: Y.XmlElement, author: Author): void {
  element.setAttribute(ContributionAttr.authorId, author.id);
  element.setAttribute(ContributionAttr.authorName, author.name);
  element.setAttribute(ContributionAttr.authorOrganisation, author.organisation ?? "");
}
