/** Texts of the export panel (downloads of the Fahrplan). */
export const deExport = {
  heading: "Herunterladen",
  format: "Format",
  formats: {
    pdf: "PDF (barrierefrei, zum Archivieren)",
    docx: "Word (DOCX)",
    md: "Markdown",
    json: "JSON (offene Daten)",
  },
  includeOrganisations: "Organisationen der Beitragenden aufführen",
  start: "Exportieren",
  running: (percent: number) => `Export läuft … ${percent} %`,
  done: "Fertig. Der Download beginnt.",
  download: "Datei herunterladen",
  failed: "Der Export ist fehlgeschlagen.",
  notFound: "Diesen Export gibt es nicht (mehr).",
  stand: "Stand",
  draftOption: "Aktueller Entwurf",
  draftHint: "Im Entwurf ist jede Seite als „Entwurf“ gekennzeichnet.",
} as const;
