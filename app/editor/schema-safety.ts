import { Extension, Mark, Node } from "@tiptap/core";

/**
 * Content the editor would never produce can still reach the shared document from a modified client.
 * The Yjs binding deletes from the shared document whatever the schema cannot represent, so one such
 * update would make every browser delete someone's content. Instead, unknown node types become an
 * "unsupported" block and unknown marks a neutral mark: shown as text, never executed, and left untouched
 * in the shared document (the binding leaves unchanged nodes alone).
 */

export const UnsupportedBlock = Node.create({
  name: "unsupportedBlock",
  group: "block",
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return { originalName: { default: "" } };
  },
  parseHTML() {
    return []; // never created from pasted HTML, only from unknown content in the document
  },
  renderHTML({ node }) {
    const name = String(node.attrs.originalName).slice(0, 40);
    return ["div", { class: "unsupported-block", "data-unsupported": name }, `Unbekannter Inhalt (${name})`];
  },
});

export const UnsupportedMark = Mark.create({
  name: "unsupportedMark",
  addAttributes() {
    return { originalName: { default: "" } };
  },
  parseHTML() {
    return [];
  },
  renderHTML() {
    return ["span", { class: "unsupported-mark" }, 0];
  },
});

export const SchemaSafety = Extension.create({
  name: "schemaSafety",
  addExtensions() {
    return [UnsupportedBlock, UnsupportedMark];
  },
  onBeforeCreate() {
    const schema = this.editor.schema;
    const createNode = schema.node.bind(schema);
    const createMark = schema.mark.bind(schema);
    schema.node = (type, attrs, content, marks) =>
      typeof type === "string" && !schema.nodes[type]
        ? createNode(UnsupportedBlock.name, { originalName: type }, undefined, marks)
        : createNode(type, attrs, content, marks);
    schema.mark = (type, attrs) =>
      typeof type === "string" && !schema.marks[type]
        ? createMark(UnsupportedMark.name, { originalName: type })
        : createMark(type, attrs);
  },
});
