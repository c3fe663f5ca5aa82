import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../server/export/render-markdown";
import { deFahrplan, labelOf } from "../../shared/i18n/de-fahrplan";
import {
  allEntries,
  annexTracks,
  exportFixture,
  FIXTURE_ENTRY_COUNT,
  FIXTURE_REJECTED_TEXT,
  FIXTURE_REJECTION_REASON,
  fixtureEntryTitle,
  germanLabels,
} from "../support/export-fixture";

const ENTRY_COUNT = FIXTURE_ENTRY_COUNT;
const fields = deFahrplan.fields;

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
      "## Anhang: Verbleib aller Beiträge",
      ...annexTracks(input).map((track) => `### ${track}`),
      "## Anhang: Workshops und Themen",
      ...input.tracks.map((track) => `### ${track.title}`),
    ]);
    expect(headings.filter((h) => h.startsWith("### Eintrag"))).toEqual(
      Array.from({ length: ENTRY_COUNT }, (_, n) => `### ${fixtureEntryTitle(n)}`),
    );
  });

  it("carries the Fassung's title and note, and the annex with every contribution's fate", () => {
    const markdown = renderMarkdown(exportFixture(10));
    expect(markdown).toContain(
      "- Ergebnis des Kongresses\n- Anmerkung: beschlossen im Abschlussplenum am 7. November 2018",
    );
    expect(markdown).toContain(
      `Landkreis Gotha\\\n  ${FIXTURE_REJECTED_TEXT}\\\n  Verbleib: Nicht aufgenommen. Begründung: ${FIXTURE_REJECTION_REASON}`,
    );
    expect(markdown).toContain("Verbleib: Duplikat von B1");
    expect(markdown).toContain("Verbleib: Nicht entschieden");
  });

  it("lists the sections without entries once, or leaves them out, as the moderator chose", () => {
    const input = exportFixture(2);
    const empty = input.snapshot.sections
      .filter((section) => section.entries.length === 0)
      .map((section) => section.title);
    expect(empty.length).toBeGreaterThan(0);
    const listed = renderMarkdown(input);
    expect(listed).toContain(`Ohne Einträge in dieser Fassung: ${empty.join(", ")}.`);
    for (const title of empty) expect(listed.split("\n")).not.toContain(`## ${title}`);
    expect(listed).not.toContain("Keine Einträge");
    if (input.snapshot.publication) input.snapshot.publication.emptySections = "omit";
    const omitted = renderMarkdown(input);
    for (const title of empty) expect(omitted.split("\n")).not.toContain(`## ${title}`);
    expect(omitted).not.toContain("Ohne Einträge");
  });

  it("calls an entry's status 'geplant' in a Fassung, and 'Entwurf' only in the draft", () => {
    for (const draft of [false, true]) {
      const input = exportFixture(1, { draft });
      const entry = input.snapshot.sections[0]?.entries[0];
      if (entry) entry.status = "draft";
      expect(renderMarkdown(input)).toContain(draft ? "Status: Entwurf" : "Status: geplant");
      // The closing plenary's result beside the votes, as the Fassung carries it.
      expect(renderMarkdown(input)).toContain("- Stimmen: 0\n- Abschlussplenum: 20 Zustimmung, 0 Bedenken");
    }
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
