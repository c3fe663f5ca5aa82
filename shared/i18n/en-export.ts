import type { Messages } from "./messages-type";

/** English texts of the export panel (mirrors de-export.ts). The exported files themselves stay German. */
export const enExport: Messages["export"] = {
  heading: "Download",
  format: "Format",
  formats: {
    pdf: "PDF (accessible, for archiving; in German)",
    docx: "Word (DOCX, in German)",
    md: "Markdown (in German)",
    json: "JSON (open data)",
  },
  includeOrganisations: "List the contributors' organisations",
  start: "Export",
  running: (percent: number) => `Exporting … ${percent}%`,
  done: "Done. The download is starting.",
  download: "Download file",
  failed: "The export failed.",
  notFound: "This export does not exist (any more).",
  stand: "Version",
  draftOption: "Current draft",
  draftHint: "In the draft every page is marked “Entwurf” (draft).",
};
