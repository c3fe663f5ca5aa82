import * as Y from "yjs";

/**
 * The empty structure of a new track document, written on the server when the document is first loaded
 * and stored like any other update. Clients never seed a document: two clients doing so at once would
 * duplicate it. The node names are those of the editor's schema (Tiptap's heading and paragraph), inside
 * the XML fragment that Tiptap's Collaboration extension binds to ("default").
 */
export const TRACK_FRAGMENT = "default";

export const TRACK_SECTIONS = ["Problemfelder", "Lösungsschritte"] as const;

export function createTrackStructure(doc: Y.Doc): void {
  const fragment = doc.getXmlFragment(TRACK_FRAGMENT);
  const nodes: Y.XmlElement[] = [];
  for (const section of TRACK_SECTIONS) {
    const heading = new Y.XmlElement("heading");
    // ProseMirror's heading level is a number. Yjs types attributes as strings but stores any JSON value,
    // and the editor binding hands it to ProseMirror unchanged.
    heading.setAttribute("level", 2 as unknown as string);
    heading.insert(0, [new Y.XmlText(section)]);
    nodes.push(heading, new Y.XmlElement("paragraph"));
  }
  fragment.insert(0, nodes);
}
