import { deFahrplan } from "../../shared/i18n/de-fahrplan";
import type { ExportInput } from "./export-input";
import {
  type ExportEntry,
  type ExportSource,
  entryFactLines,
  eventDate,
  exportAnnex,
  exportChapters,
  exportTexts,
  generatedLine,
  publicationLines,
  sourceMeta,
  versionLine,
} from "./text/labels";
import { escapeMarkdownInline, escapeMarkdownText } from "./text/markdown-escape";

const t = deFahrplan.public;
/** Continuation lines of a bullet item sit under its text, two columns in. */
const BULLET_INDENT = "  ";

/**
 * The Fahrplan as Markdown: `#` title, metadata, `##` per section with entries, `###` per entry with every
 * field, then the annex (the fate of every contribution) and the workshops as an appendix. Every piece of user text goes through the escapes in text/markdown-escape.ts;
 * only the structure around it is Markdown, and no HTML is ever written.
 */
export function renderMarkdown(input: ExportInput): string {
  const published = input.publishedAt !== null;
  const { chapters, emptyLine } = exportChapters(input);
  const blocks = [
    heading(1, input.snapshot.title),
    metadataList(input),
    ...chapters.flatMap((section) => sectionBlocks(section, input.includeOrganisations, published)),
    ...(emptyLine ? [escapeMarkdownText(emptyLine, { startsLine: true })] : []),
    ...annexBlocks(input),
    ...appendixBlocks(input.tracks),
  ];
  return `${blocks.join("\n\n")}\n`;
}

function metadataList(input: ExportInput): string {
  const { event } = input.snapshot;
  const version = escapeMarkdownInline(versionLine(input), true);
  const publication = publicationLines(input);
  const lines = [
    `${exportTexts.event}: ${escapeMarkdownText(event.title, { indent: BULLET_INDENT })}`,
    `${exportTexts.date}: ${escapeMarkdownInline(eventDate(input))}`,
    `${exportTexts.venue}: ${escapeMarkdownText(event.venue, { indent: BULLET_INDENT })}`,
    // The draft notice in bold, so that a draft passed on as a file still says what it is.
    input.publishedAt === null ? `**${version}**` : version,
  ];
  if (publication.title) lines.push(escapeMarkdownText(publication.title, { indent: BULLET_INDENT }));
  if (publication.note) lines.push(escapeMarkdownText(publication.note, { indent: BULLET_INDENT }));
  if (input.contentHash) lines.push(`${t.hash} ${escapeMarkdownInline(input.contentHash)}`);
  lines.push(escapeMarkdownInline(generatedLine(input), true));
  return bulletList(lines);
}

function sectionBlocks(
  section: ExportInput["snapshot"]["sections"][number],
  includeOrganisations: boolean,
  published: boolean,
): string[] {
  return [
    heading(2, section.title),
    ...section.entries.flatMap((entry) => entryBlocks(entry, includeOrganisations, published)),
  ];
}

function entryBlocks(entry: ExportEntry, includeOrganisations: boolean, published: boolean): string[] {
  const facts = entryFactLines(entry, published).map((line) =>
    escapeMarkdownText(line, { indent: BULLET_INDENT, startsLine: true }),
  );
  const blocks = [heading(3, entry.title), bulletList(facts)];
  if (entry.problemStatement.trim() !== "") {
    blocks.push(`#### ${t.problem}`, escapeMarkdownText(entry.problemStatement, { startsLine: true }));
  }
  if (entry.steps.length > 0) {
    blocks.push(`#### ${t.steps}`, orderedList(entry.steps));
  }
  if (entry.sources.length > 0) {
    blocks.push(
      `#### ${t.sources}`,
      bulletList(entry.sources.map((source) => sourceItem(source, includeOrganisations))),
    );
  }
  return blocks;
}

/**
 * Where the source came from on the item's first line ("Workshop · Problemfeld · Organisation: …"), its text
 * from the next line on, as the public page shows it.
 */
function sourceItem(source: ExportSource, includeOrganisations: boolean): string {
  const meta = escapeMarkdownInline(sourceMeta(source, includeOrganisations).join(" · "), true);
  const text = escapeMarkdownText(source.text, { indent: BULLET_INDENT, startsLine: true });
  return `${meta}\\\n${BULLET_INDENT}${text}`;
}

/** Per workshop a list: "**B3** Problemfeld", the text, then "Verbleib: …" on its own line. */
function annexBlocks(input: ExportInput): string[] {
  const annex = exportAnnex(input);
  return [
    heading(2, annex.heading),
    ...annex.lead.map((line) => escapeMarkdownText(line, { startsLine: true })),
    ...annex.groups.flatMap((group) => [
      heading(3, group.track),
      bulletList(
        group.items.map((item) => {
          const meta = `**${escapeMarkdownInline(item.ref)}** ${escapeMarkdownInline(item.meta, true)}`;
          const text = escapeMarkdownText(item.text, { indent: BULLET_INDENT, startsLine: true });
          const fate = escapeMarkdownText(item.fate, { indent: BULLET_INDENT, startsLine: true });
          return `${meta}\\\n${BULLET_INDENT}${text}\\\n${BULLET_INDENT}${fate}`;
        }),
      ),
    ]),
  ];
}

function appendixBlocks(tracks: ExportInput["tracks"]): string[] {
  return [
    `## ${exportTexts.appendix}`,
    ...tracks.flatMap((track) => [
      heading(3, track.title),
      track.subtopics.length > 0
        ? bulletList(
            track.subtopics.map((subtopic) =>
              escapeMarkdownText(subtopic, { indent: BULLET_INDENT, startsLine: true }),
            ),
          )
        : exportTexts.noSubtopics,
    ]),
  ];
}

function heading(level: number, text: string): string {
  return `${"#".repeat(level)} ${escapeMarkdownInline(text)}`;
}

/** Items already escaped, their continuation lines already indented by BULLET_INDENT. */
function bulletList(items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/**
 * Steps numbered explicitly (1., 2., …, not all "1."), so the plain file reads right too. Continuation lines
 * are indented by the width of the widest marker, which keeps them inside their item in every renderer.
 */
function orderedList(steps: string[]): string {
  const width = `${steps.length}. `.length;
  const indent = " ".repeat(width);
  return steps
    .map((step, index) => `${`${index + 1}.`.padEnd(width)}${escapeMarkdownText(step, { indent, startsLine: true })}`)
    .join("\n");
}
