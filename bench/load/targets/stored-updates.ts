/**
 * The content of a document for the cold-load scenarios: `count` updates of one character each, typed
 * into paragraphs of the XML fragment Tiptap binds to, as keystrokes arrive at a server.
 */
import * as Y from "yjs";

/** The fragment Tiptap's collaboration extension binds to. */
export const EDITOR_FRAGMENT = "default";

const SENTENCE = "Problemfeld: Medienbrüche zwischen Ämtern kosten Zeit. ";
/** A new paragraph after this many characters, so that the document has structure, not one long line. */
const PARAGRAPH_LENGTH = SENTENCE.length * 4;

export interface TypedDocument {
  updates: Uint8Array[];
  /** The document's text, paragraph by paragraph (joined with "\n"), once every update is applied. */
  text: string;
}

/** The last document made: cold-load runs start fresh servers with the same content again and again. */
let lastTyped: TypedDocument | null = null;

export function typedDocument(count: number): TypedDocument {
  if (lastTyped?.updates.length !== count) lastTyped = typeDocument(count);
  return lastTyped;
}

function typeDocument(count: number): TypedDocument {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  let paragraph: Y.XmlText | null = null;
  while (updates.length < count) {
    if (paragraph === null || paragraph.length === PARAGRAPH_LENGTH) {
      // Adding the paragraph is an update of its own, as pressing Enter is.
      const element = new Y.XmlElement("paragraph");
      paragraph = new Y.XmlText();
      element.insert(0, [paragraph]);
      fragment.push([element]);
      continue;
    }
    paragraph.insert(paragraph.length, SENTENCE.charAt(paragraph.length % SENTENCE.length));
  }
  const text = editorText(doc);
  doc.destroy();
  return { updates, text };
}

/** A document's text, paragraph by paragraph, as `typedDocument` reports it. */
export function editorText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(EDITOR_FRAGMENT)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().join("") : ""))
    .join("\n");
}

/**
 * Names of documents that start with stored content. A client module can tell from the name that its
 * first sync is only complete once content has arrived (y-websocket 2.1.0 answers before it has loaded).
 */
export const storedDocumentName = (index: number) => `bench-stored-${index + 1}`;
export const isStoredDocument = (name: string) => name.startsWith("bench-stored-");
