import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TableOfContents,
  TextRun,
} from "docx";
import { deFahrplan } from "../../shared/i18n/de-fahrplan";
import { annexParagraphs } from "./docx/annex";
import { plain, textRuns } from "./docx/runs";
import type { ExportInput } from "./export-input";
import {
  type ExportEntry,
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

const t = deFahrplan.public;
const STEPS_NUMBERING = "fahrplan-steps";
/** What the headers, the footer and the title block use for small print. */
const SMALL = 18;

/**
 * The Fahrplan as a Word document: title block, a table of contents that Word fills in, one Heading 1 per
 * section and one Heading 2 per entry (Word's own heading styles, so the navigation pane and the contents
 * work), the annex with the fate of every contribution, and the workshops as an appendix. User text only ever goes into text runs: no HTML is parsed and
 * no hyperlink is made from it, so `javascript:` in an entry stays words on the page.
 */
export async function renderDocx(input: ExportInput): Promise<Buffer> {
  const published = input.publishedAt !== null;
  const { chapters, emptyLine } = exportChapters(input);
  const document = new Document({
    title: plain(input.snapshot.title),
    subject: plain(input.snapshot.event.title),
    description: plain(`${input.snapshot.title} – ${input.versionLabel}`),
    creator: exportTexts.creator,
    lastModifiedBy: exportTexts.creator,
    keywords: "Fahrplan",
    // Word asks once on opening whether to update the fields; that fills in the page numbers of the contents.
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: "de-DE" } } } } },
    numbering: { config: [stepsNumbering()] },
    sections: [
      {
        headers: input.publishedAt === null ? { default: draftHeader() } : undefined,
        footers: { default: pageFooter() },
        children: [
          ...titleBlock(input),
          ...contents(),
          ...chapters.flatMap((section, index) =>
            sectionParagraphs(section, index, input.includeOrganisations, published),
          ),
          ...(emptyLine ? [new Paragraph({ spacing: { before: 240 }, children: textRuns(emptyLine) })] : []),
          ...annexParagraphs(exportAnnex(input)),
          ...appendix(input.tracks),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The title block on the first page: event, date and venue, the Fahrplan's title, its version. */
function titleBlock(input: ExportInput): Paragraph[] {
  const { event } = input.snapshot;
  const lines = [
    new Paragraph({ children: textRuns(event.title, { bold: true, size: 28 }) }),
    new Paragraph({ children: textRuns(`${eventDate(input)}, ${event.venue}`) }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 480 }, children: textRuns(input.snapshot.title) }),
    new Paragraph({ children: textRuns(versionLine(input), { bold: true }) }),
  ];
  const publication = publicationLines(input);
  if (publication.title) lines.push(new Paragraph({ children: textRuns(publication.title, { bold: true }) }));
  if (publication.note) lines.push(new Paragraph({ children: textRuns(publication.note) }));
  if (input.contentHash) {
    lines.push(new Paragraph({ children: textRuns(`${t.hash} ${input.contentHash}`, { size: SMALL }) }));
  }
  lines.push(new Paragraph({ children: textRuns(generatedLine(input), { size: SMALL }) }));
  return lines;
}

/**
 * "Inhaltsverzeichnis" and the contents field over Heading 1 and 2. Its own heading is a plain bold
 * paragraph, not a Heading 1, so that the contents do not list themselves.
 */
function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ spacing: { before: 480 }, children: textRuns(exportTexts.contents, { bold: true, size: 28 }) }),
    new TableOfContents(exportTexts.contents, { hyperlink: true, headingStyleRange: "1-2" }),
  ];
}

function sectionParagraphs(
  section: ExportInput["snapshot"]["sections"][number],
  sectionIndex: number,
  includeOrganisations: boolean,
  published: boolean,
): Paragraph[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: textRuns(section.title),
  });
  return [
    heading,
    ...section.entries.flatMap((entry, entryIndex) =>
      entryParagraphs(entry, listInstance(sectionIndex, entryIndex), includeOrganisations, published),
    ),
  ];
}

/** A number of its own for each entry's steps, so that every entry's list starts again at 1. */
function listInstance(sectionIndex: number, entryIndex: number): number {
  return sectionIndex * 10_000 + entryIndex + 1;
}

function entryParagraphs(
  entry: ExportEntry,
  stepsInstance: number,
  includeOrganisations: boolean,
  published: boolean,
): Paragraph[] {
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: textRuns(entry.title) }),
    ...entryFactLines(entry, published).map((line) => new Paragraph({ children: labelledRuns(line) })),
  ];
  if (entry.problemStatement.trim() !== "") {
    paragraphs.push(fieldLabel(t.problem), new Paragraph({ children: textRuns(entry.problemStatement) }));
  }
  if (entry.steps.length > 0) {
    paragraphs.push(
      fieldLabel(t.steps),
      ...entry.steps.map(
        (step) =>
          new Paragraph({
            numbering: { reference: STEPS_NUMBERING, level: 0, instance: stepsInstance },
            children: textRuns(step),
          }),
      ),
    );
  }
  if (entry.sources.length > 0) {
    paragraphs.push(
      fieldLabel(t.sources),
      ...entry.sources.map(
        (source) =>
          new Paragraph({
            bullet: { level: 0 },
            // Where it came from in italics, its text on the next line, as the public page shows it.
            children: [
              ...textRuns(sourceMeta(source, includeOrganisations).join(" · "), { italics: true }),
              new TextRun({ break: 1 }),
              ...textRuns(source.text),
            ],
          }),
      ),
    );
  }
  return paragraphs;
}

function appendix(tracks: ExportInput["tracks"]): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: textRuns(exportTexts.appendix) }),
    ...tracks.flatMap((track) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(track.title) }),
      ...(track.subtopics.length > 0
        ? track.subtopics.map((subtopic) => new Paragraph({ bullet: { level: 0 }, children: textRuns(subtopic) }))
        : [new Paragraph({ children: textRuns(exportTexts.noSubtopics) })]),
    ]),
  ];
}

/** "Problemstellung", "Lösungsschritte", "Quellen": bold, kept with what follows. */
function fieldLabel(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120 }, children: textRuns(text, { bold: true }) });
}

/** "Zuständig: Land" with the label before the first colon in bold. */
function labelledRuns(line: string): ParagraphChild[] {
  const colon = line.indexOf(": ");
  if (colon < 0) return textRuns(line);
  return [...textRuns(line.slice(0, colon + 1), { bold: true }), ...textRuns(line.slice(colon + 1))];
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: textRuns(exportTexts.draft, { bold: true, color: "B00020", size: SMALL }),
      }),
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ size: SMALL, children: ["Seite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function stepsNumbering() {
  return {
    reference: STEPS_NUMBERING,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: "%1.",
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } },
      },
    ],
  };
}
