import { describe, expect, it } from "vitest";
import type { ExportInput } from "../../server/export/export-input";
import { renderDocx } from "../../server/export/render-docx";
import {
  allEntries,
  annexTracks,
  exportFixture,
  FIXTURE_ENTRY_COUNT,
  FIXTURE_HOSTILE_INDEX,
  FIXTURE_REJECTED_TEXT,
  FIXTURE_REJECTION_REASON,
  fixtureEntryTitle,
  germanLabels,
} from "../support/export-fixture";
import { readZip } from "../support/zip";

const ENTRY_COUNT = FIXTURE_ENTRY_COUNT;
const HOSTILE_INDEX = FIXTURE_HOSTILE_INDEX;

async function docxParts(input: ExportInput): Promise<Map<string, string>> {
  const buffer = await renderDocx(input);
  expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
  return new Map([...readZip(buffer)].map(([name, data]) => [name, data.toString("utf8")]));
}

function part(parts: Map<string, string>, name: string): string {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`missing ${name}`);
  return text;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

interface WordParagraph {
  style: string | null;
  text: string;
  numId: string | null;
}

/** The body's paragraphs with their style, text and list; `<w:p\b` does not match `<w:pPr` or `<w:pStyle`. */
function paragraphsOf(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const xml = match[1] ?? "";
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
      text: decodeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? "").join("")),
      numId: /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1] ?? null,
    };
  });
}

describe("DOCX export", () => {
  it("is a valid package with every entry as a Heading 2 under its section's Heading 1, in order", async () => {
    const input = exportFixture(ENTRY_COUNT);
    const parts = await docxParts(input);
    for (const name of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]) {
      expect(parts.has(name), name).toBe(true);
    }
    const paragraphs = paragraphsOf(part(parts, "word/document.xml"));
    const outline = paragraphs.filter((p) => p.style === "Heading1" || p.style === "Heading2");
    const expected = [
      ...input.snapshot.sections.flatMap((section) => [
        { style: "Heading1", text: section.title },
        ...section.entries.map((entry) => ({ style: "Heading2", text: entry.title })),
      ]),
      // The annex follows the chapters: a Heading 2 per workshop that has contributions.
      { style: "Heading1", text: "Anhang: Verbleib aller Beiträge" },
      ...annexTracks(input).map((track) => ({ style: "Heading2", text: track })),
      { style: "Heading1", text: "Anhang: Workshops und Themen" },
      ...input.tracks.map((track) => ({ style: "Heading2", text: track.title })),
    ];
    expect(outline.map(({ style, text }) => ({ style, text }))).toEqual(expected);
    const entryHeadings = outline.filter((p) => p.style === "Heading2").slice(0, ENTRY_COUNT);
    expect(entryHeadings.map((p) => p.text)).toEqual(
      Array.from({ length: ENTRY_COUNT }, (_, n) => fixtureEntryTitle(n)),
    );
    // Word's own heading styles are defined in the package, so the navigation pane and the contents find them.
    const styles = part(parts, "word/styles.xml");
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="Heading2"');
    expect(styles).toContain('<w:lang w:val="de-DE"/>');
  });

  it("has the title block, a contents field, the fields of every entry and German characters intact", async () => {
    const input = exportFixture(ENTRY_COUNT);
    const parts = await docxParts(input);
    const documentXml = part(parts, "word/document.xml");
    const paragraphs = paragraphsOf(documentXml);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain("1. Thüringer E-Government-Kongress");
    expect(texts).toContain("7. November 2018, Arena Erfurt");
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Fahrplan für das Thüringer E-Government");
    expect(texts.some((text) => text.startsWith("Fassung 1.0, veröffentlicht am 7. November 2018"))).toBe(true);
    expect(texts).toContain("Inhaltsverzeichnis");
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;<\/w:instrText>/);
    expect(texts).toContain("Straßenverkehrsbehörde – Übergänge");
    const body = texts.join("\n");
    for (const entry of allEntries(input)) {
      expect(body).toContain(entry.problemStatement);
      for (const step of entry.steps) expect(texts).toContain(step);
      for (const label of germanLabels(entry)) expect(body).toContain(label);
      expect(texts).toContain(`Stimmen: ${entry.votes}`);
      for (const source of entry.sources) expect(body).toContain(source.text);
    }
    const core = part(parts, "docProps/core.xml");
    expect(core).toContain("<dc:title>Fahrplan für das Thüringer E-Government</dc:title>");
    expect(core).toContain("<dc:creator>Fahrplan</dc:creator>");
  });

  it("carries the Fassung's title and note, and the annex with every contribution's fate", async () => {
    const texts = paragraphsOf(part(await docxParts(exportFixture(10)), "word/document.xml")).map((p) => p.text);
    expect(texts).toContain("Ergebnis des Kongresses");
    expect(texts).toContain("Anmerkung: beschlossen im Abschlussplenum am 7. November 2018");
    const body = texts.join("\n");
    expect(body).toContain(
      `${FIXTURE_REJECTED_TEXT}Verbleib: Nicht aufgenommen. Begründung: ${FIXTURE_REJECTION_REASON}`,
    );
    expect(body).toContain("Verbleib: Duplikat von B1");
    expect(body).toContain("Verbleib: Nicht entschieden");
    expect(body).toContain(`Verbleib: Aufgenommen in „${fixtureEntryTitle(0)}“, zusammen mit B`);
  });

  it("numbers each entry's steps as a list of its own", async () => {
    const parts = await docxParts(exportFixture(ENTRY_COUNT));
    const paragraphs = paragraphsOf(part(parts, "word/document.xml"));
    const stepLists = [0, 1].map((n) =>
      paragraphs.filter((p) => p.text.startsWith(`Schritt eins für ${n + 1}:`)).map((p) => p.numId),
    );
    expect(stepLists[0]?.[0]).toMatch(/^\d+$/);
    expect(stepLists[1]?.[0]).toMatch(/^\d+$/);
    expect(stepLists[0]?.[0]).not.toBe(stepLists[1]?.[0]);
  });

  it("keeps hostile content as inert text: no markup, no hyperlink relationship", async () => {
    const parts = await docxParts(exportFixture(ENTRY_COUNT));
    const documentXml = part(parts, "word/document.xml");
    const hostile = allEntries(exportFixture(ENTRY_COUNT))[HOSTILE_INDEX]?.problemStatement;
    expect(hostile).toContain("<script>");
    expect(paragraphsOf(documentXml).map((p) => p.text)).toContain(hostile);
    expect(documentXml).not.toContain("<script");
    // Only the contents link to their headings inside the document; nothing links out.
    expect(documentXml).not.toMatch(/<w:hyperlink\b[^>]*r:id=/);
    for (const [name, xml] of parts) {
      if (!name.endsWith(".rels")) continue;
      expect(xml, name).not.toMatch(/javascript:/i);
      expect(xml, name).not.toContain('TargetMode="External"');
    }
  });

  it("marks a draft with “Entwurf” in the header of every page, and a published version not", async () => {
    const draft = await docxParts(exportFixture(ENTRY_COUNT, { draft: true }));
    const draftDocument = part(draft, "word/document.xml");
    // One section, one default header: Word repeats it on every page.
    expect(draftDocument.match(/<w:sectPr\b/g)).toHaveLength(1);
    const headerId = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(draftDocument)?.[1];
    const target = new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"`).exec(
      part(draft, "word/_rels/document.xml.rels"),
    )?.[1];
    expect(paragraphsOf(part(draft, `word/${target}`)).map((p) => p.text)).toEqual(["Entwurf"]);
    expect(paragraphsOf(draftDocument).map((p) => p.text)).toContain(
      "Entwurf – nicht veröffentlicht, kann sich noch ändern",
    );

    const published = await docxParts(exportFixture(ENTRY_COUNT));
    expect(part(published, "word/document.xml")).not.toContain("<w:headerReference");
  });

  it("lists organisations only when they are to be included", async () => {
    const withOrganisations = part(await docxParts(exportFixture(ENTRY_COUNT)), "word/document.xml");
    expect(withOrganisations).toContain("Organisation: Stadt Erfurt");
    const input = { ...exportFixture(ENTRY_COUNT), includeOrganisations: false };
    expect(part(await docxParts(input), "word/document.xml")).not.toContain("Stadt Erfurt");
  });
});

// --- Markdown ---

/**
 * What a CommonMark renderer makes of escaped text: hard breaks, backslash escapes and the two entities the
 * export writes, resolved in one pass (as a renderer does, so `\\&lt;` stays `&lt;`).
 */
