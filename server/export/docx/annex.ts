import { HeadingLevel, Paragraph, TextRun } from "docx";
import type { ExportAnnex } from "../text/labels";
import { textRuns } from "./runs";

/**
 * The annex as Word paragraphs: a Heading 1 on a new page, its intro and summary, a Heading 2 per
 * workshop, and per contribution its number in bold with its kind, its text, and its fate on the next
 * line; each contribution's paragraph is kept in one piece.
 */
export function annexParagraphs(annex: ExportAnnex): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: textRuns(annex.heading) }),
    ...annex.lead.map((line) => new Paragraph({ children: textRuns(line) })),
    ...annex.groups.flatMap((group) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: textRuns(group.track) }),
      ...group.items.map(
        (item) =>
          new Paragraph({
            keepLines: true,
            spacing: { after: 120 },
            children: [
              ...textRuns(item.ref, { bold: true }),
              ...textRuns(` ${item.meta}`, { italics: true }),
              new TextRun({ break: 1 }),
              ...textRuns(item.text),
              new TextRun({ break: 1 }),
              ...textRuns(item.fate, { bold: true }),
            ],
          }),
      ),
    ]),
  ];
}
