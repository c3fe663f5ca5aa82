import { formatsFor } from "./format";

/**
 * Texts of the history of a track document (app/routes/track-history.tsx): snapshots, time slider,
 * comparison with now, restore. Hooked into the catalogue as `de.history`.
 */
const phaseNames: Record<string, string> = {
  collect: "Sammeln",
  vote: "Abstimmen",
  curate: "Kuratieren",
  closed: "Abgeschlossen",
};

// The congress is in Erfurt; the formats use its one fixed zone, so server and browser render the same text.
const time = formatsFor("de-DE");

export const deHistory = {
  title: "Verlauf",
  pageTitle: (track: string) => `Verlauf: ${track}`,
  linkFromTrack: "Verlauf und Wiederherstellung",
  backToTrack: "Zurück zum Workshop",
  intro:
    "Hier sehen Sie frühere Stände des gemeinsamen Dokuments. Alle fünf Minuten, in denen sich etwas ändert, und bei jedem Phasenwechsel wird ein Stand automatisch gespeichert; Sie können auch selbst einen speichern.",
  formatTime: (date: Date | string) => time.dateTime(date),
  kinds: {
    auto: "Automatisch gespeichert",
    manual: "Von Hand gespeichert",
    phase: (phase: string | null) => `Phasenwechsel zu „${phaseNames[phase ?? ""] ?? phase ?? ""}“`,
    "before-restore": "Stand vor einer Wiederherstellung",
  },
  by: (name: string) => `von ${name}`,
  none: "Es gibt noch keine gespeicherten Stände.",
  save: {
    heading: "Aktuellen Stand speichern",
    name: "Name (freiwillig)",
    nameHint: "Zum Beispiel „Nach der ersten Runde“. Höchstens 100 Zeichen.",
    nameTooLong: "Bitte höchstens 100 Zeichen.",
    submit: "Stand speichern",
    saved: (label: string) => `Der Stand „${label}“ ist gespeichert.`,
  },
  slider: {
    heading: "Zeitleiste",
    label: "Gespeicherter Stand",
    hint: "Mit den Pfeiltasten von Stand zu Stand gehen.",
    valueText: (position: number, count: number, when: string, label: string) =>
      `Stand ${position} von ${count}: ${when}, ${label}`,
    listLabel: "Alle gespeicherten Stände",
    current: "(angezeigt)",
    show: "Anzeigen",
  },
  snapshot: {
    heading: (when: string) => `Stand vom ${when}`,
    empty: "Das Dokument war zu diesem Zeitpunkt leer.",
    kinds: { problem: "Problemfeld", step: "Lösungsschritt" },
    author: (name: string, organisation: string | null) =>
      organisation ? `von ${name} (${organisation})` : `von ${name}`,
    documentLabel: "Inhalt des gespeicherten Stands (nur lesen)",
  },
  compare: {
    show: "Vergleichen mit jetzt",
    hide: "Vergleich ausblenden",
    heading: "Vergleich mit dem aktuellen Stand",
    intro: "Eingefügt ist, was seitdem hinzukam; gestrichen, was seitdem entfernt wurde.",
    same: "Seit diesem Stand hat sich am Text nichts geändert.",
  },
  restore: {
    heading: "Wiederherstellen",
    open: "Diesen Stand wiederherstellen …",
    warning:
      "Das Dokument erhält wieder den Inhalt dieses Stands. Alle, die es gerade geöffnet haben, sehen die Änderung sofort. Nichts geht verloren: Der jetzige Stand wird vorher gespeichert, und Sie können die Wiederherstellung rückgängig machen.",
    confirm: "Ja, wiederherstellen",
    done: (label: string) => `Der Stand „${label}“ ist wiederhergestellt.`,
    undo: "Wiederherstellung rückgängig machen",
    undone: "Die Wiederherstellung ist rückgängig gemacht.",
  },
  errors: {
    notFound: "Diesen gespeicherten Stand gibt es nicht (mehr).",
    invalid: "Das Formular enthält ungültige Angaben.",
    unavailable: "Das Dokument konnte gerade nicht geöffnet werden. Bitte versuchen Sie es erneut.",
  },
};
