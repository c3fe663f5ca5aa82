import * as Y from "yjs";
import { TRACK_FRAGMENT } from "../collab/track-structure";

/**
 * Makes the content of a live track document equal to a snapshot's content, as one new change: every
 * current block is deleted and copies of the snapshot's blocks are inserted. Call it inside a transaction.
 * Nothing of the history is rewritten, so later states stay reachable (and restorable). The copies keep
 * every attribute, among them the contribution ids and authors, so the read model sees the same
 * contributions come back rather than new ones.
 */
export function replaceContent(doc: Y.Doc, snapshotState: Uint8Array): void {
  const source = new Y.Doc();
  try {
    Y.applyUpdate(source, snapshotState);
    const copies = source
      .getXmlFragment(TRACK_FRAGMENT)
      .toArray()
      .map((node) => node.clone() as Y.XmlElement | Y.XmlText);
    const fragment = doc.getXmlFragment(TRACK_FRAGMENT);
    fragment.delete(0, fragment.length);
    fragment.insert(0, copies);
  } finally {
    source.destroy();
  }
}
