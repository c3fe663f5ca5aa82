import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createTrackStructure } from "../../server/collab/track-structure";
import {
  type CopiedBlocks,
  copyDraftIntoTrack,
  removeCopiedFromDraft,
} from "../../server/private-writing/move-contributions";

/** Revealing a draft, as plain Yjs: the copy into the track's document and the removal from the draft. */

const owner = { id: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", name: "Paula Teilnehmerin", organisation: "Stadt Erfurt" };

function documentWithSections(): Y.Doc {
  const doc = new Y.Doc();
  createTrackStructure(doc);
  return doc;
}

function addBlock(doc: Y.Doc, kind: "problem" | "step", id: string, text: string, authorId = owner.id): Y.XmlElement {
  const block = new Y.XmlElement(kind);
  block.setAttribute("id", id);
  block.setAttribute("authorId", authorId);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  block.insert(0, [paragraph]);
  doc.getXmlFragment("default").push([block]);
  return block;
}

function outline(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment("default")
    .toArray()
    .flatMap((node) => {
      if (!(node instanceof Y.XmlElement)) return [];
      if (node.nodeName === "heading") return [`# ${node.toArray().join("")}`];
      if (node.nodeName === "paragraph") return [];
      return [`${node.nodeName} ${node.getAttribute("id")}: ${node.toArray().join("")}`];
    });
}

function reveal(draft: Y.Doc, track: Y.Doc): { copied: CopiedBlocks; changed: number } {
  const copied: CopiedBlocks = new Map();
  const changed = copyDraftIntoTrack(draft, track, owner, copied);
  return { copied, changed };
}

describe("revealing a draft", () => {
  it("puts problems at the end of the Problemfelder and steps at the end, with the owner as author", () => {
    const track = documentWithSections();
    const draft = documentWithSections();
    addBlock(draft, "step", "s1", "Schritt");
    addBlock(draft, "problem", "p1", "Problem", "someone-else");
    const { copied, changed } = reveal(draft, track);
    expect(changed).toBe(2);
    expect(outline(track)).toEqual([
      "# Problemfelder",
      "problem p1: <paragraph>Problem</paragraph>",
      "# Lösungsschritte",
      "step s1: <paragraph>Schritt</paragraph>",
    ]);
    const problem = track.getXmlFragment("default").toArray()[2] as Y.XmlElement;
    expect(problem.getAttributes()).toMatchObject({ authorId: owner.id, authorName: owner.name });
    expect(removeCopiedFromDraft(draft, copied)).toBe(2);
    expect(outline(draft)).toEqual(["# Problemfelder", "# Lösungsschritte"]);
  });

  it("copies nothing twice, and leaves empty blocks in the draft", () => {
    const track = documentWithSections();
    const draft = documentWithSections();
    addBlock(draft, "problem", "p1", "Problem");
    addBlock(draft, "problem", "p2", "   ");
    reveal(draft, track); // the removal never happened: a reveal that stopped half-way
    const again = reveal(draft, track);
    expect(again.changed).toBe(0);
    expect(outline(track).filter((line) => line.startsWith("problem"))).toEqual([
      "problem p1: <paragraph>Problem</paragraph>",
    ]);
    removeCopiedFromDraft(draft, again.copied);
    expect(outline(draft)).toEqual(["# Problemfelder", "# Lösungsschritte", "problem p2: <paragraph>   </paragraph>"]);
  });

  it("keeps what is typed while the copy is stored, and brings it over at the next reveal", () => {
    const track = documentWithSections();
    const draft = documentWithSections();
    const block = addBlock(draft, "problem", "p1", "Erster Teil");
    const first = reveal(draft, track);
    (block.get(0) as Y.XmlElement).push([new Y.XmlText(", zweiter Teil")]);
    expect(removeCopiedFromDraft(draft, first.copied)).toBe(0);

    const second = reveal(draft, track);
    expect(second.changed).toBe(1);
    expect(removeCopiedFromDraft(draft, second.copied)).toBe(1);
    expect(outline(track)).toContain("problem p1: <paragraph>Erster Teil, zweiter Teil</paragraph>");
    expect(outline(track).filter((line) => line.startsWith("problem"))).toHaveLength(1);
  });

  it("never reveals a block that carries the id of someone else's contribution", () => {
    const track = documentWithSections();
    addBlock(track, "problem", "theirs", "Ihr Text", "another-participant");
    const draft = documentWithSections();
    addBlock(draft, "problem", "theirs", "Überschrieben?");
    const { copied, changed } = reveal(draft, track);
    expect(changed).toBe(0);
    expect(copied.size).toBe(0);
    expect(outline(track)).toContain("problem theirs: <paragraph>Ihr Text</paragraph>");
  });
});
