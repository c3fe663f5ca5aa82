/**
 * The few words only the PDF needs. Everything shared with the other exports comes from ../text/labels.ts,
 * the labels of stored values from shared/i18n/de-fahrplan.ts.
 */
export const pdfTexts = {
  /** Footer of every page but the title page; pages are counted over the whole document. */
  pageOf: (page: number, total: number) => `Seite ${page} von ${total}`,
  /** The description of a table of contents link, after the chapter title. */
  page: (page: number) => `Seite ${page}`,
  /** Heading of the votes row in an entry's facts (the other rows use deFahrplan.entry's field names). */
  votes: "Stimmen",
  /** The row of the closing plenary's result (ADR 020). */
  plenary: "Plenum",
  plenaryResult: (result: { consent: number; concern: number }) =>
    `${result.consent} Zustimmung, ${result.concern} Bedenken`,
  /** Chapter headings are numbered, so the table of contents and the headings can be matched by eye. */
  chapter: (index: number, title: string) => `${index + 1} ${title}`,
} as const;
