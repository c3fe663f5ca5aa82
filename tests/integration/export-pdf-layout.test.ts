import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { ExportInput } from "../../server/export/export-input";
import { renderPdf } from "../../server/export/render-pdf";
import { exportFixture, FIXTURE_REJECTED_TEXT, FIXTURE_REJECTION_REASON } from "../support/export-fixture";
import { tempDir } from "../support/temp-dir";

/**
 * The PDF as a publication (issue #15.4): no page given to a section without entries, no page that holds
 * only a heading, a "Keine Einträge" line or an entry's list of sources, an entry's status in words that
 * fit a published Fassung, and the annex after the chapters. Checked on the text poppler reads per page.
 */

const dir = tempDir("fahrplan-pdf-layout-");
afterAll(() => dir.remove());

async function pages(name: string, input: ExportInput): Promise<{ path: string; pages: string[] }> {
  const path = dir.file(`${name}.pdf`);
  writeFileSync(path, await renderPdf(input));
  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return { path, pages: text.split("\f").slice(0, -1) };
}

/** A page's lines without the running header, the footer and blank lines: what the page is about. */
function bodyLines(page: string): string[] {
  return page
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^Seite \d+ von \d+$/.test(line) && !line.startsWith("Fahrplan für das"));
}

function flat(text: string): string {
  return text.replace(/(\S-)\s+/g, "$1").replace(/\s+/g, " ");
}

/** The pages of the chapters: after the table of contents, before the annex. */
function chapterPages(all: string[]): string[] {
  const annex = all.findIndex((page) => bodyLines(page)[0] === "Anhang: Verbleib aller Beiträge");
  return all.slice(2, annex);
}

describe("PDF export as a publication", () => {
  it("gives two entries in five sections no empty chapters: the empty sections are listed once", async () => {
    const input = exportFixture(2);
    const empty = input.snapshot.sections.filter((section) => section.entries.length === 0).map((s) => s.title);
    const { pages: all } = await pages("two-entries", input);
    // Title, contents, two chapters, annex, appendix.
    expect(all).toHaveLength(6);
    const text = flat(all.join(" "));
    expect(text).not.toContain("Keine Einträge");
    expect(text).toContain(`Ohne Einträge in dieser Fassung: ${empty.join(", ")}.`);
    for (const [index, page] of all.entries()) {
      const lines = bodyLines(page);
      expect(lines.length, `page ${index + 1} holds more than one line`).toBeGreaterThan(1);
    }
  });

  it("leaves the empty sections out entirely when the moderator chose so", async () => {
    const input = exportFixture(2);
    if (input.snapshot.publication) input.snapshot.publication.emptySections = "omit";
    const { pages: all } = await pages("two-entries-omitted", input);
    // Contents and chapters; the appendix lists every workshop, with or without entries.
    const text = flat(all.slice(0, 2).concat(chapterPages(all)).join(" "));
    expect(text).toContain("Digitalisierung interner Verwaltungsabläufe");
    expect(text).not.toContain("Ohne Einträge");
    expect(text).not.toContain("Gesetz und Regelungen");
  });

  it("never leaves the end of an entry, such as its sources, alone on a page (60 entries)", async () => {
    const { pages: all } = await pages("sixty-entries", exportFixture(60));
    const chapters = chapterPages(all);
    expect(chapters.length).toBeGreaterThan(5);
    for (const [index, page] of chapters.entries()) {
      // Every chapter page shows an entry's facts: none holds only the tail of the previous page's entry.
      expect(flat(page), `chapter page ${index + 1}`).toContain("Zuständig");
      // No H3 ("Quellen", "Lösungsschritte", "Problemstellung") is the last line of a page.
      const last = bodyLines(page).at(-1);
      expect(["Quellen", "Lösungsschritte", "Problemstellung"], `chapter page ${index + 1}`).not.toContain(last);
    }
  });

  it("puts the annex after the chapters, with the rejected contribution, its reason, and every fate", async () => {
    const { path, pages: all } = await pages("annex", exportFixture(10));
    const annexStart = all.findIndex((page) => bodyLines(page)[0] === "Anhang: Verbleib aller Beiträge");
    const appendixStart = all.findIndex((page) => bodyLines(page)[0] === "Anhang: Workshops und Themen");
    expect(annexStart).toBeGreaterThan(2);
    expect(appendixStart).toBeGreaterThan(annexStart);
    const annex = flat(all.slice(annexStart, appendixStart).join(" "));
    expect(annex).toContain(FIXTURE_REJECTED_TEXT);
    expect(annex).toContain(`Nicht aufgenommen. Begründung: ${FIXTURE_REJECTION_REASON}`);
    expect(annex).toContain("Duplikat von B1");
    expect(annex).toContain("Nicht entschieden");
    expect(annex).toContain("zusammen mit B");
    const check = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    expect(execFileSync("pdfinfo", [path], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
  });

  it("shows an entry's status as 'geplant' and its plenary result, with the Fassung's title and note on the title page", async () => {
    const input = exportFixture(1);
    const entry = input.snapshot.sections[0]?.entries[0];
    if (entry) entry.status = "draft";
    const { pages: all } = await pages("status", input);
    expect(flat(all[0] ?? "")).toContain("Ergebnis des Kongresses");
    expect(flat(all[0] ?? "")).toContain("Anmerkung: beschlossen im Abschlussplenum am 7. November 2018");
    const text = flat(all.join(" "));
    expect(text).toMatch(/Status\s+geplant/);
    // The closing plenary's result beside the votes.
    expect(text).toMatch(/Plenum\s+20 Zustimmung, 0 Bedenken/);
    expect(text).not.toContain("Entwurf");
  });
});
