import { readFileSync } from "node:fs";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ExportInput } from "../../server/export/export-input";
import { renderDocx } from "../../server/export/render-docx";
import { renderJson } from "../../server/export/render-json";
import { renderMarkdown } from "../../server/export/render-markdown";
import { deFahrplan, horizonLabel, labelOf, responsibleLabel } from "../../shared/i18n/de-fahrplan";
import { exportFixture, fixtureEntryTitle } from "../support/export-fixture";

const ENTRY_COUNT = 60;
const HOSTILE_INDEX = 11;
const fields = deFahrplan.fields;

type Entry = ExportInput["snapshot"]["sections"][number]["entries"][number];

function allEntries(input: ExportInput): Entry[] {
  return input.snapshot.sections.flatMap((section) => section.entries);
}

/** The German labels every format has to show for an entry, worked out from the i18n catalogue directly. */
function germanLabels(entry: Entry): string[] {
  return [
    responsibleLabel(entry.responsibleParty, entry.responsibleOther),
    horizonLabel(entry.timeHorizon, entry.targetQuarter),
    labelOf(fields.priorities, entry.priority),
    labelOf(fields.statuses, entry.status),
  ];
}

// --- A minimal ZIP reader: jszip does not resolve here (docx 9 bundles fflate), and no dependency is added. ---

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Reads every file of a ZIP package through its central directory, checking sizes and CRC-32 on the way. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || zip.readUInt32LE(eocd) !== EOCD) throw new Error("no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_ENTRY) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`unsupported compression ${method} for ${name}`);
    if (data.length !== size || crc32(data) >>> 0 !== crc) throw new Error(`corrupt ${name}`);
    files.set(name, data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

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
function markdownToText(markdown: string): string {
  const resolved: Record<string, string> = { "&lt;": "<", "&gt;": ">" };
  return markdown
    .replace(/\\\n */g, "\n")
    .replace(
      /\\([!-/:-@[-`{-~])|&lt;|&gt;/g,
      (match, escaped: string | undefined) => escaped ?? resolved[match] ?? match,
    );
}

/** The lines from an entry's `###` heading to the next heading of level 2 or 3. */
function entryBlock(markdown: string, title: string): string {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`### ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{2,3} /.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join("\n");
}

describe("Markdown export", () => {
  it("has the title, metadata, sections and entries in order, and the appendix", () => {
    const input = exportFixture(ENTRY_COUNT);
    const markdown = renderMarkdown(input);
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# Fahrplan für das Thüringer E-Government");
    expect(markdown).toContain("- Veranstaltung: 1. Thüringer E-Government-Kongress");
    expect(markdown).toContain("- Datum: 7. November 2018");
    expect(markdown).toContain("- Ort: Arena Erfurt");
    expect(markdown).toContain(`- Prüfsumme (SHA-256): ${"a".repeat(64)}`);
    const headings = lines.filter((line) => /^#{2,3} /.test(line)).map(markdownToText);
    expect(headings).toEqual([
      ...input.snapshot.sections.flatMap((section) => [
        `## ${section.title}`,
        ...section.entries.map((entry) => `### ${entry.title}`),
      ]),
      "## Anhang: Workshops und Themen",
      ...input.tracks.map((track) => `### ${track.title}`),
    ]);
    expect(headings.filter((h) => h.startsWith("### Eintrag"))).toEqual(
      Array.from({ length: ENTRY_COUNT }, (_, n) => `### ${fixtureEntryTitle(n)}`),
    );
  });

  it("carries every field of every entry", () => {
    const input = exportFixture(ENTRY_COUNT);
    const markdown = renderMarkdown(input);
    for (const entry of allEntries(input)) {
      const block = entryBlock(markdown, entry.title);
      const text = markdownToText(block);
      expect(text).toContain(entry.problemStatement);
      entry.steps.forEach((step, index) => {
        expect(text).toContain(`\n${index + 1}. ${step}`);
      });
      const [responsible, horizon, priority, status] = germanLabels(entry);
      expect(text).toContain(`- Zuständig: ${responsible}`);
      expect(text).toContain(`- Zeithorizont: ${horizon}`);
      expect(text).toContain(`- Priorität: ${priority}`);
      expect(text).toContain(`- Status: ${status}`);
      expect(text).toContain(`- Stimmen: ${entry.votes}`);
      for (const source of entry.sources) {
        expect(text).toContain(source.text);
        expect(text).toContain(`${source.track} · ${labelOf(fields.kinds, source.kind)}`);
      }
    }
  });

  it("writes the hostile entry's markup and link only as escaped text, and never raw HTML", () => {
    const markdown = renderMarkdown(exportFixture(ENTRY_COUNT));
    expect(markdown).not.toContain("<script");
    expect(markdown).not.toMatch(/<\/?[a-z]/i);
    expect(markdown).not.toContain("](javascript:");
    expect(markdown).toContain('&lt;script&gt;alert\\("x"\\)&lt;/script&gt;');
    expect(markdown).toContain("\\[Link\\]\\(javascript:alert\\(2\\)\\)");
  });

  it("escapes what would start a list, heading, quote, fence or table, also on later lines", () => {
    const input = exportFixture(1);
    const entry = input.snapshot.sections[0]?.entries[0];
    if (!entry) throw new Error("fixture without entry");
    entry.problemStatement = "- keine Liste\n# keine Überschrift\n1. keine Nummer\n> kein Zitat\n```\n===\n| a | b |";
    entry.steps = ["+ kein Punkt", "    kein Code", "*fett* _kursiv_ `code` ~~weg~~ $x$ {y}"];
    entry.title = "### Titel mit # und ![Bild](x.png)";
    input.snapshot.event.venue = "Arena Erfurt\n- Halle 2";
    const markdown = renderMarkdown(input);
    // After a label the first line needs no escape, a later line does: it would start a list of its own.
    expect(markdown).toContain("- Ort: Arena Erfurt\\\n  \\- Halle 2\n");
    expect(markdown).toContain(
      [
        "\\- keine Liste\\",
        "\\# keine Überschrift\\",
        "1\\. keine Nummer\\",
        "&gt; kein Zitat\\",
        "\\`\\`\\`\\",
        "\\===\\",
        "\\| a \\| b \\|",
      ].join("\n"),
    );
    expect(markdown).toContain("1. \\+ kein Punkt\n2. kein Code\n");
    expect(markdown).toContain("3. \\*fett\\* \\_kursiv\\_ \\`code\\` \\~\\~weg\\~\\~ \\$x\\$ \\{y\\}");
    expect(markdown).toContain("### \\#\\#\\# Titel mit \\# und !\\[Bild\\]\\(x.png\\)\n");
  });

  it("lists organisations only when they are to be included", () => {
    expect(renderMarkdown(exportFixture(ENTRY_COUNT))).toContain("Organisation: Stadt Erfurt");
    const markdown = renderMarkdown({ ...exportFixture(ENTRY_COUNT), includeOrganisations: false });
    expect(markdown).not.toContain("Stadt Erfurt");
    expect(markdown).not.toContain("Organisation");
  });

  it("says in bold that a draft is a draft", () => {
    const markdown = renderMarkdown(exportFixture(ENTRY_COUNT, { draft: true }));
    expect(markdown).toContain("- **Entwurf – nicht veröffentlicht, kann sich noch ändern**");
    expect(markdown).not.toContain("Prüfsumme");
  });
});

// --- JSON ---

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const schema = JSON.parse(
  readFileSync(new URL("../../docs/export-json-schema.json", import.meta.url), "utf8"),
) as Schema;

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOf(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * A small structural check against the schema (no validator dependency): `$ref` into `$defs`, `type`,
 * `const`, `required`, `properties` and `items`. Stricter than the schema in one way: every key the export
 * writes has to be described in it, so that the documentation cannot fall behind.
 */
function checkAgainstSchema(value: Json, node: Schema, path: string, problems: string[]): void {
  const ref = node.$ref;
  if (typeof ref === "string") {
    const target = (schema.$defs as { [key: string]: Json })[ref.replace("#/$defs/", "")];
    if (!isObject(target)) problems.push(`${path}: unresolved ${ref}`);
    else checkAgainstSchema(value, target, path, problems);
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
    problems.push(`${path}: ${actual} is not ${types.join("|")}`);
  }
  if ("const" in node && JSON.stringify(node.const) !== JSON.stringify(value)) problems.push(`${path}: not const`);
  if (isObject(value)) {
    for (const key of (node.required ?? []) as string[]) {
      if (!(key in value)) problems.push(`${path}: missing ${key}`);
    }
    const properties = node.properties;
    if (isObject(properties)) {
      for (const [key, child] of Object.entries(value)) {
        const sub = properties[key];
        if (!isObject(sub)) problems.push(`${path}: ${key} is not in the schema`);
        else checkAgainstSchema(child, sub, `${path}.${key}`, problems);
      }
    }
  }
  if (Array.isArray(value) && isObject(node.items)) {
    const items = node.items;
    value.forEach((item, index) => {
      checkAgainstSchema(item, items, `${path}[${index}]`, problems);
    });
  }
}

function schemaProblems(value: Json): string[] {
  const problems: string[] = [];
  checkAgainstSchema(value, schema, "$", problems);
  return problems;
}

interface JsonExport {
  $schema: string;
  draft: boolean;
  version: { label: string; publishedAt: string; contentHash: string } | null;
  sections: {
    title: string;
    entries: {
      id: string;
      title: string;
      problemStatement: string;
      steps: string[];
      responsible: { code: string | null; other: string | null; label: string };
      timeHorizon: { code: string | null; targetQuarter: string | null; label: string };
      priority: { code: string | null; label: string };
      status: { code: string; label: string };
      votes: number;
      sources: { track: string; kind: { code: string; label: string }; text: string; organisation?: string | null }[];
    }[];
  }[];
  tracks: { title: string; subtopics: string[] }[];
}

describe("JSON export", () => {
  it("is pretty-printed JSON that matches the schema's structure", () => {
    const json = renderJson(exportFixture(ENTRY_COUNT));
    expect(json).toMatch(/^\{\n {2}"\$schema": /);
    const data = JSON.parse(json) as Json;
    expect(schemaProblems(data)).toEqual([]);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((data as unknown as JsonExport).$schema).toBe(schema.$id);
    for (const variant of [exportFixture(ENTRY_COUNT, { draft: true }), exportFixture(0)]) {
      expect(schemaProblems(JSON.parse(renderJson(variant)) as Json)).toEqual([]);
    }
  });

  it("the structural check notices what is missing, mistyped or undocumented", () => {
    const data = JSON.parse(renderJson(exportFixture(2))) as JsonExport & { [key: string]: unknown };
    const entry = data.sections[0]?.entries[0] as unknown as { [key: string]: unknown };
    delete entry.votes;
    entry.extra = 1;
    data.formatVersion = "1";
    expect(schemaProblems(data as unknown as Json)).toEqual([
      "$.formatVersion: not const",
      "$.sections[0].entries[0]: missing votes",
      "$.sections[0].entries[0]: extra is not in the schema",
    ]);
  });

  it("carries every field of every entry, with codes and German labels, in order", () => {
    const input = exportFixture(ENTRY_COUNT);
    const data = JSON.parse(renderJson(input)) as JsonExport;
    expect(data.draft).toBe(false);
    expect(data.version).toEqual({
      label: "Fassung 1.0",
      publishedAt: input.publishedAt,
      contentHash: input.contentHash,
    });
    expect(data.sections.map((section) => section.title)).toEqual(input.snapshot.sections.map((s) => s.title));
    const entries = data.sections.flatMap((section) => section.entries);
    expect(entries.map((entry) => entry.title)).toEqual(
      Array.from({ length: ENTRY_COUNT }, (_, n) => fixtureEntryTitle(n)),
    );
    allEntries(input).forEach((expected, index) => {
      const entry = entries[index];
      const [responsible, horizon, priority, status] = germanLabels(expected);
      expect(entry).toEqual({
        id: expected.id,
        title: expected.title,
        problemStatement: expected.problemStatement,
        steps: expected.steps,
        responsible: { code: expected.responsibleParty, other: expected.responsibleOther, label: responsible },
        timeHorizon: { code: expected.timeHorizon, targetQuarter: expected.targetQuarter, label: horizon },
        priority: { code: expected.priority, label: priority },
        status: { code: expected.status, label: status },
        votes: expected.votes,
        sources: expected.sources.map((source) => ({
          track: source.track,
          kind: { code: source.kind, label: labelOf(fields.kinds, source.kind) },
          text: source.text,
          organisation: source.authorOrganisation,
        })),
      });
    });
    expect(data.tracks).toEqual(input.tracks);
  });

  it("leaves organisations out entirely when they are not to be included", () => {
    const json = renderJson({ ...exportFixture(ENTRY_COUNT), includeOrganisations: false });
    expect(json).not.toContain("Stadt Erfurt");
    const data = JSON.parse(json) as JsonExport & { organisationsIncluded: boolean };
    expect(data.organisationsIncluded).toBe(false);
    for (const source of data.sections.flatMap((s) => s.entries.flatMap((e) => e.sources))) {
      expect(Object.keys(source)).toEqual(["track", "kind", "text"]);
    }
  });

  it("has no version but the draft flag for a draft", () => {
    const data = JSON.parse(renderJson(exportFixture(ENTRY_COUNT, { draft: true }))) as JsonExport;
    expect(data.draft).toBe(true);
    expect(data.version).toBeNull();
  });
});
