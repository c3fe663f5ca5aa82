import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportInput } from "../../server/export/export-input";
import { renderPdf } from "../../server/export/render-pdf";
import { exportFixture, fixtureEntryTitle } from "../support/export-fixture";
import { tempDir } from "../support/temp-dir";

/**
 * The PDF export, rendered in-process from the shared fixture (60 entries over five sections) and checked
 * with the tools an archive or a reader would use: poppler's pdfinfo, pdffonts and pdftotext, and qpdf.
 */

const ENTRY_COUNT = 60;
const ANNEX = "Anhang: Verbleib aller Beiträge";
const APPENDIX = "Anhang: Workshops und Themen";

interface RenderedPdf {
  input: ExportInput;
  path: string;
  bytes: Buffer;
  /** pdftotext -layout, one string per page. */
  pages: string[];
  progress: number[];
}

const dir = tempDir("fahrplan-pdf-");
let published: RenderedPdf;
let draft: RenderedPdf;

async function render(name: string, input: ExportInput): Promise<RenderedPdf> {
  const progress: number[] = [];
  const bytes = await renderPdf(input, (fraction) => progress.push(fraction));
  const path = dir.file(`${name}.pdf`);
  writeFileSync(path, bytes);
  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  // pdftotext ends every page with a form feed, the last one too.
  const pages = text.split("\f").slice(0, -1);
  return { input, path, bytes, pages, progress };
}

beforeAll(async () => {
  published = await render("published", exportFixture(ENTRY_COUNT));
  draft = await render("draft", exportFixture(ENTRY_COUNT, { draft: true }));
});

afterAll(() => dir.remove());

function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8" });
}

/** The value of a "Key:   value" line of pdfinfo. */
function pdfinfoField(info: string, key: string): string | undefined {
  return info
    .split("\n")
    .find((line) => line.startsWith(`${key}:`))
    ?.slice(key.length + 1)
    .trim();
}

/**
 * Whitespace (line ends, layout padding) collapsed, so that wrapped lines read as running text; a line
 * broken after a word's hyphen ("E-" | "Government") is joined again.
 */
function flat(text: string): string {
  return text.replace(/(\S-)\s+/g, "$1").replace(/\s+/g, " ");
}

function lines(page: string): string[] {
  return page.split("\n").map((line) => line.trim());
}

describe("PDF export", () => {
  it("is a tagged PDF titled with the Fahrplan's title, with its pages all there", () => {
    const info = tool("pdfinfo", [published.path]);
    expect(pdfinfoField(info, "Tagged")).toBe("yes");
    expect(pdfinfoField(info, "Title")).toBe("Fahrplan für das Thüringer E-Government");
    expect(pdfinfoField(info, "PDF version")).toBe("1.7");
    expect(pdfinfoField(info, "CreationDate")).toContain("2018");
    const pageCount = Number(pdfinfoField(info, "Pages"));
    expect(pageCount).toBeGreaterThan(5);
    expect(published.pages).toHaveLength(pageCount);
  });

  it("embeds every font it uses", () => {
    const table = tool("pdffonts", [published.path]).split("\n");
    // Columns are found from the dashes under the header, as font types contain spaces ("CID TrueType").
    const rule = table[1] ?? "";
    const columns = [...rule.matchAll(/-+/g)].map((match) => ({
      from: match.index,
      to: match.index + match[0].length,
    }));
    const emb = columns[3];
    if (!emb) throw new Error(`Unexpected pdffonts output:\n${table.join("\n")}`);
    const rows = table.slice(2).filter((row) => row.trim() !== "");
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toContain("NotoSans");
      expect(row.slice(emb.from, emb.to).trim(), row).toBe("yes");
    }
  });

  it("passes qpdf's structural check", () => {
    for (const pdf of [published, draft]) {
      const check = spawnSync("qpdf", ["--check", pdf.path], { encoding: "utf8" });
      expect(check.status, check.stderr).toBe(0);
      expect(check.stdout).toContain("No syntax or stream encoding errors");
    }
  });

  it("has every entry title, in the fixture's order, with German typography intact", () => {
    const text = flat(published.pages.join(" "));
    let previous = -1;
    for (let n = 0; n < ENTRY_COUNT; n++) {
      const at = text.indexOf(fixtureEntryTitle(n));
      expect(at, fixtureEntryTitle(n)).toBeGreaterThan(previous);
      previous = at;
    }
    for (const char of ["ä", "ö", "ü", "ß", "„", "“", "–"]) expect(text).toContain(char);
    expect(text).toContain("Größere Übersicht für „Bürgerdienste“ – Maßnahme");
  });

  it("has a title page with event, date, venue, title and version", () => {
    const titlePage = flat(published.pages[0] ?? "");
    expect(titlePage).toContain("1. Thüringer E-Government-Kongress");
    expect(titlePage).toContain("7. November 2018");
    expect(titlePage).toContain("Arena Erfurt");
    expect(titlePage).toContain("Fahrplan für das Thüringer E-Government");
    expect(titlePage).toContain("Fassung 1.0, veröffentlicht am 7. November 2018");
    expect(flat(draft.pages[0] ?? "")).toContain("Entwurf – nicht veröffentlicht");
  });

  it("numbers every page but the title page as 'Seite X von N'", () => {
    const total = published.pages.length;
    expect(published.pages[0]).not.toMatch(/Seite \d+ von/);
    published.pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 2} von ${total}`);
      expect(page).toContain("Fassung 1.0");
    });
  });

  it("prints in the table of contents the page each chapter starts on", () => {
    const headings = [...published.input.snapshot.sections.map((s, i) => `${i + 1} ${s.title}`), ANNEX, APPENDIX];
    const total = published.pages.length;
    let previousStart = 0;
    for (const heading of headings) {
      const printed = tocNumber(published.pages, heading);
      const start = published.pages.findIndex((page) => lines(page).includes(heading));
      expect(start, heading).toBeGreaterThan(previousStart);
      expect(printed, heading).toBe(start + 1);
      expect(published.pages[start]).toContain(`Seite ${printed} von ${total}`);
      previousStart = start;
    }
  });

  it("links each line of the table of contents to its chapter's page", () => {
    const { pages, objects } = qpdfJson(published.path);
    const links = Object.values(objects).flatMap((object) =>
      object.value?.["/Subtype"] === "/Link" ? [object.value] : [],
    );
    const targets = links.map((link) => {
      const action = objects[`obj:${link["/A"]}`]?.value;
      expect(action?.["/S"]).toBe("/GoTo");
      const destination = action?.["/D"];
      return Array.isArray(destination) ? pages.indexOf(String(destination[0])) + 1 : -1;
    });
    const headings = [...published.input.snapshot.sections.map((s, i) => `${i + 1} ${s.title}`), ANNEX, APPENDIX];
    expect(targets).toEqual(headings.map((heading) => tocNumber(published.pages, heading)));
  });

  it("bookmarks every chapter on its first page, and every entry", () => {
    const json = JSON.parse(tool("qpdf", ["--json", "--json-key=pages", published.path])) as {
      pages: { outlines: { title: string }[] }[];
    };
    const bookmarks = json.pages.flatMap((page, index) => page.outlines.map((item) => ({ ...item, page: index + 1 })));
    const headings = [...published.input.snapshot.sections.map((s, i) => `${i + 1} ${s.title}`), ANNEX, APPENDIX];
    for (const heading of headings) {
      expect(bookmarks.find((item) => item.title === heading)?.page, heading).toBe(tocNumber(published.pages, heading));
    }
    for (let n = 0; n < ENTRY_COUNT; n++) {
      expect(bookmarks.map((item) => item.title)).toContain(fixtureEntryTitle(n));
    }
  });

  it("marks every page of a draft 'Entwurf', and no page of a published version", () => {
    draft.pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain("Entwurf");
    });
    published.pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).not.toContain("Entwurf");
    });
  });

  it("shows markup and javascript: links from contributions as text, never as script or link", () => {
    const text = flat(published.pages.join(" "));
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain("[Link](javascript:alert(2))");
    const raw = published.bytes.toString("latin1");
    expect(raw).not.toMatch(/\/JavaScript\b/);
    expect(raw).not.toMatch(/\/JS\s*[(<]/);
    expect(raw).not.toMatch(/\/URI\s*\(\s*javascript:/i);
    expect(raw).not.toMatch(/\/S\s*\/URI/);
    const { objects } = qpdfJson(published.path);
    for (const object of Object.values(objects)) {
      const uri = object.value?.["/URI"];
      expect(String(uri ?? "")).not.toMatch(/javascript:/i);
    }
  });

  it("reports progress from 0 to 1, never going back", () => {
    expect(published.progress[0]).toBe(0);
    expect(published.progress.at(-1)).toBe(1);
    expect(published.progress.length).toBeGreaterThan(5);
    published.progress.forEach((fraction, index) => {
      expect(fraction).toBeGreaterThanOrEqual(published.progress[index - 1] ?? 0);
    });
  });

  it("keeps the table of contents right when it runs over several pages", async () => {
    const input = exportFixture(ENTRY_COUNT);
    const entries = input.snapshot.sections[0]?.entries.slice(0, 1) ?? [];
    input.snapshot.sections = Array.from({ length: 50 }, (_, i) => ({ title: `Handlungsfeld ${i + 1}`, entries }));
    const pdf = await render("long-contents", input);
    const tocPage = (heading: string) => pdf.pages.findIndex((page) => tocNumberOn(page, heading) !== undefined);
    expect(tocPage("50 Handlungsfeld 50")).toBeGreaterThan(tocPage("1 Handlungsfeld 1"));
    for (const heading of [...input.snapshot.sections.map((s, i) => `${i + 1} ${s.title}`), APPENDIX]) {
      const start = pdf.pages.findIndex((page) => lines(page).includes(heading));
      expect(tocNumber(pdf.pages, heading), heading).toBe(start + 1);
    }
  });

  it("writes the title into the metadata escaped for XML, and unchanged into the Info dictionary", async () => {
    const input = exportFixture(5);
    input.snapshot.title = "Fahrplan für Bund & Länder <2019>";
    const pdf = await render("escaped-title", input);
    expect(pdfinfoField(tool("pdfinfo", [pdf.path]), "Title")).toBe("Fahrplan für Bund & Länder <2019>");
    const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(pdf.bytes.toString("utf8"))?.[0] ?? "";
    expect(xmp).toContain("Fahrplan für Bund &amp; Länder &lt;2019&gt;");
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
  });

  it("keeps letters the Latin font lacks, from another Noto Sans subset, embedded too", async () => {
    const input = exportFixture(5);
    const entry = input.snapshot.sections[0]?.entries[0];
    if (!entry) throw new Error("The fixture has no entry");
    entry.problemStatement = "Partnerstadt Łódź, Ansprechpartner Dvořák und Şahin";
    const pdf = await render("other-letters", input);
    expect(flat(pdf.pages.join(" "))).toContain("Partnerstadt Łódź, Ansprechpartner Dvořák und Şahin");
    const fonts = tool("pdffonts", [pdf.path])
      .split("\n")
      .slice(2)
      .filter((row) => row.trim() !== "");
    expect(fonts.length).toBeGreaterThan(2);
    for (const row of fonts) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  });

  it("gives the same bytes for the same input", async () => {
    const again = await renderPdf(exportFixture(ENTRY_COUNT));
    expect(again.equals(published.bytes)).toBe(true);
  });
});

/** The page number printed after `heading` in the table of contents (a line "heading   7"). */
function tocNumber(pages: string[], heading: string): number {
  for (const page of pages) {
    const number = tocNumberOn(page, heading);
    if (number !== undefined) return number;
  }
  throw new Error(`"${heading}" is not in the table of contents`);
}

function tocNumberOn(page: string, heading: string): number | undefined {
  for (const line of lines(page)) {
    const match = /^(.*\S)\s+(\d+)$/.exec(line);
    if (match?.[1] === heading) return Number(match[2]);
  }
  return undefined;
}

type PdfValue = Record<string, unknown> & { "/A"?: string; "/D"?: unknown; "/S"?: string; "/Subtype"?: string };

/** The page objects in order ("10 0 R", …) and every object of the file, as qpdf's JSON shows them. */
function qpdfJson(path: string): { pages: string[]; objects: Record<string, { value?: PdfValue }> } {
  const json = JSON.parse(tool("qpdf", ["--json", "--json-key=pages", "--json-key=qpdf", path])) as {
    pages: { object: string }[];
    qpdf: [unknown, Record<string, { value?: PdfValue }>];
  };
  return { pages: json.pages.map((page) => page.object), objects: json.qpdf[1] };
}
