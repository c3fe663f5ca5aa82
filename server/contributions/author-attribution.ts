import * as Y from "yjs";
import { ContributionAttr, isContributionKind } from "../../shared/contribution-schema";
import { principalOfChange } from "../collab/change-origin";
import type { DocumentObserver } from "../collab/document-registry";
import type { Room } from "../collab/room";
import { TRACK_FRAGMENT } from "../collab/track-structure";
import { type Author, authorOf } from "./authors";

const AUTHOR_KEYS: readonly string[] = [
  ContributionAttr.authorId,
  ContributionAttr.authorName,
  ContributionAttr.authorOrganisation,
];

/** The origin of the server's own corrections, so that they are not taken for a client's changes. */
export const ATTRIBUTION_ORIGIN = Symbol("author-attribution");

/**
 * Authors of problems and steps come from the server-side session, never from what a client writes:
 * - a block that a connection adds gets that connection's author, unless the block is known already (it
 *   was moved, or an undo brought it back), in which case it keeps its first author;
 * - a connection's change of an existing block's author attributes is reverted.
 * Corrections are made in a transaction of their own, stored and relayed like any update.
 */
export function authorAttribution(knownAuthor: (contributionId: string) => Author | null): DocumentObserver {
  return {
    attach(room: Room) {
      const fragment = room.doc.getXmlFragment(TRACK_FRAGMENT);
      const observer = (events: Y.YEvent<Y.XmlElement>[], transaction: Y.Transaction) => {
        if (transaction.origin === ATTRIBUTION_ORIGIN) return;
        const author = authorOfOrigin(transaction.origin);
        if (!author) return; // a change of the server itself (initial structure, restore)
        const corrections: (() => void)[] = [];
        for (const event of events) collectCorrections(event, author, knownAuthor, corrections);
        if (corrections.length === 0) return;
        room.doc.transact(() => {
          for (const correct of corrections) correct();
        }, ATTRIBUTION_ORIGIN);
      };
      fragment.observeDeep(observer);
      return () => fragment.unobserveDeep(observer);
    },
  };
}

function collectCorrections(
  event: Y.YEvent<Y.XmlElement>,
  author: Author,
  knownAuthor: (contributionId: string) => Author | null,
  corrections: (() => void)[],
): void {
  for (const item of event.changes.added) {
    const content = item.content;
    if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlElement)) continue;
    for (const element of contributionElements(content.type)) {
      const id = element.getAttribute(ContributionAttr.id);
      const owner = (typeof id === "string" && knownAuthor(id)) || author;
      corrections.push(() => setAuthor(element, owner));
    }
  }
  const target = event.target;
  if (!(target instanceof Y.XmlElement) || !isContributionKind(target.nodeName)) return;
  if (createdIn(event.transaction, target)) return; // handled as added
  for (const [key, change] of event.changes.keys) {
    if (!AUTHOR_KEYS.includes(key)) continue;
    corrections.push(() => {
      if (change.oldValue === undefined) target.removeAttribute(key);
      else target.setAttribute(key, change.oldValue);
    });
  }
}

/** The element itself and every contribution element inside it (a pasted range can hold several). */
function contributionElements(element: Y.XmlElement): Y.XmlElement[] {
  const found: Y.XmlElement[] = isContributionKind(element.nodeName) ? [element] : [];
  for (const child of element.toArray()) if (child instanceof Y.XmlElement) found.push(...contributionElements(child));
  return found;
}

/** Who made a change: the author behind the client a Yjs transaction came from, or null (server). */
function authorOfOrigin(origin: unknown): Author | null {
  const principal = principalOfChange(origin);
  return principal ? authorOf(principal) : null;
}

function createdIn(transaction: Y.Transaction, element: Y.XmlElement): boolean {
  const id = element._item?.id;
  return id !== undefined && id.clock >= (transaction.beforeState.get(id.client) ?? 0);
}

function setAuthor(element: Y.XmlElement, author: Author): void {
  const wanted: Record<string, string> = {
    [ContributionAttr.authorId]: author.id,
    [ContributionAttr.authorName]: author.name,
    [ContributionAttr.authorOrganisation]: author.organisation ?? "",
  };
  for (const [key, value] of Object.entries(wanted)) {
    if (element.getAttribute(key) !== value) element.setAttribute(key, value);
  }
}
