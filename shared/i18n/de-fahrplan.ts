/**
 * Texts of the Fahrplan: the moderators' editor, the comparison of versions and the public page; hooked
 * into the catalogue as `de.fahrplan` (English: en-fahrplan.ts). The exports (server/export) import these
 * German texts directly: the exported Fahrplan is the public body's German document in every language.
 * The labels of the entry fields are keyed by the values stored in the database.
 */

import { formatsFor } from "./format";
import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

const responsibleParties = {
  land: "Land",
  kommunen: "Kommunen",
  land_und_kommunen: "Land und Kommunen",
  bund: "Bund",
  other: "Andere",
} as const;

const timeHorizons = {
  short: "kurzfristig (bis 12 Monate)",
  medium: "mittelfristig (bis 3 Jahre)",
  long: "langfristig",
  quarter: "bis zu einem Quartal",
} as const;

const priorities = { high: "hoch", medium: "mittel", low: "niedrig" } as const;

const statuses = { draft: "Entwurf", agreed: "abgestimmt", in_progress: "in Umsetzung", done: "umgesetzt" } as const;

/** "2019-Q3" → "3. Quartal 2019"; anything else as it is. */
function quarter(value: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(value);
  return match ? `${match[2]}. Quartal ${match[1]}` : value;
}

export const deFahrplan = {
  /** The heading of the error page when a Fahrplan page explains itself ("Es gibt noch keine …"). */
  errorTitle: "Fahrplan",
  links: {
    edit: "Fahrplan bearbeiten",
    published: "Veröffentlichter Fahrplan",
  },
  fields: {
    responsibleParties,
    timeHorizons,
    priorities,
    statuses,
    kinds: { problem: "Problemfeld", step: "Lösungsschritt" },
    notSet: "nicht festgelegt",
    quarter,
    byQuarter: (value: string) => `bis ${quarter(value)}`,
  },
  editor: {
    title: "Fahrplan bearbeiten",
    eventLine: (event: string) => `Veranstaltung: ${event}`,
    toolsLabel: "Werkzeuge des Fahrplans",
    undo: (summary: string) => `Rückgängig: ${summary}`,
    publish: "Veröffentlichen",
    publishHint:
      "Veröffentlichen friert den jetzigen Stand als nächste Fassung ein. Veröffentlichte Fassungen sind öffentlich " +
      "einsehbar und lassen sich nicht mehr ändern; spätere Änderungen erscheinen erst mit der nächsten Fassung.",
    noSections: "Der Fahrplan hat noch keine Abschnitte.",
    noEntries: "Dieser Abschnitt hat noch keine Einträge.",
    dropHere: "Eintrag hierher ziehen, um ihn ans Ende dieses Abschnitts zu verschieben",
    dragHint:
      "Einträge lassen sich mit der Maus ziehen. Mit der Tastatur verschieben Sie sie mit den Schaltflächen " +
      "„Nach oben“, „Nach unten“ und „Verschieben nach“.",
    addSection: {
      heading: "Abschnitt hinzufügen",
      label: "Titel des neuen Abschnitts",
      submit: "Abschnitt hinzufügen",
    },
  },
  section: {
    renameLabel: (title: string) => `Neuer Titel für „${title}“`,
    rename: "Umbenennen",
    up: "Abschnitt nach oben",
    down: "Abschnitt nach unten",
    entriesLabel: (title: string) => `Einträge im Abschnitt „${title}“`,
  },
  entry: {
    votes: (count: number) => `Stimmen: ${count}`,
    editHeading: "Eintrag bearbeiten",
    title: "Titel",
    problemStatement: "Problemstellung",
    steps: "Lösungsschritte",
    stepsHint: "Ein Schritt pro Zeile.",
    responsibleParty: "Zuständig",
    responsibleOther: "Andere Zuständigkeit",
    responsibleOtherHint: "Nur wenn „Andere“ gewählt ist.",
    timeHorizon: "Zeithorizont",
    targetQuarter: "Zielquartal",
    targetQuarterHint: "Nur wenn „bis zu einem Quartal“ gewählt ist, etwa 2019-Q3.",
    priority: "Priorität",
    status: "Status",
    choose: "– nicht festgelegt –",
    save: "Speichern",
    moveLabel: "Reihenfolge",
    up: "Nach oben",
    down: "Nach unten",
    moveTo: "Verschieben nach",
    moveSubmit: "Verschieben",
    dragTitle: "Mit der Maus ziehen, um den Eintrag zu verschieben",
  },
  conflict: {
    message: "Jemand anderes hat diesen Eintrag inzwischen geändert. Ihre Änderungen wurden nicht gespeichert.",
    kept: "Ihre Eingaben stehen weiterhin im Formular unten.",
    currentHeading: "Jetzt gespeichert:",
    overwrite: "Wenn Sie erneut speichern, ersetzen Ihre Eingaben den jetzt gespeicherten Stand.",
  },
  sources: {
    heading: "Quellen",
    none: "Keine Quellen.",
    changed: "Quelle geändert",
    deleted: "gelöscht",
    currentText: "Aktuellen Text des Beitrags anzeigen",
    organisation: (organisation: string) => `Organisation: ${organisation}`,
    votes: (count: number) => plural(count, "# Stimme", "# Stimmen"),
    select: "Zum Aufteilen auswählen",
    split: "Aufteilen",
    splitHint: "Ausgewählte Quellen werden zu einem neuen Eintrag direkt nach diesem.",
    putBack: "Zurücklegen",
  },
  versions: {
    heading: "Veröffentlichte Fassungen",
    none: "Es wurde noch keine Fassung veröffentlicht.",
    publishedAt: (date: string) => `veröffentlicht am ${date}`,
    hash: "Prüfsumme (SHA-256)",
    show: (label: string) => `${label} öffentlich ansehen`,
    publicPage: "Öffentliche Seite des Fahrplans",
    compareHeading: "Fassungen vergleichen",
    from: "Ältere Fassung",
    to: "Neuere Fassung",
    compare: "Vergleichen",
  },
  compare: {
    title: "Fassungen vergleichen",
    intro: (from: string, to: string) => `Was sich von ${from} zu ${to} geändert hat.`,
    back: "Zurück zum Fahrplan",
    added: "Neue Einträge",
    removed: "Entfernte Einträge",
    changed: "Geänderte Einträge",
    none: "Keine.",
    inSection: (section: string) => `im Abschnitt „${section}“`,
    insertedPrefix: "eingefügt: ",
    deletedPrefix: "entfernt: ",
    fields: {
      title: "Titel",
      problemStatement: "Problemstellung",
      steps: "Lösungsschritte",
      responsibleParty: "Zuständig",
      timeHorizon: "Zeithorizont",
      priority: "Priorität",
      status: "Status",
      section: "Abschnitt",
    } as Record<string, string>,
    invalid: "Bitte wählen Sie zwei veröffentlichte Fassungen.",
    missing: "Diese Fassung gibt es nicht.",
  },
  public: {
    title: (event: string) => `Fahrplan – ${event}`,
    eventLine: (title: string, date: string, venue: string) => `${title}, ${date}, ${venue}`,
    versionLine: (label: string, date: string) => `${label}, veröffentlicht am ${date}`,
    hash: "Prüfsumme (SHA-256):",
    responsible: (label: string) => `Zuständig: ${label}`,
    horizon: (label: string) => `Zeithorizont: ${label}`,
    priority: (label: string) => `Priorität: ${label}`,
    status: (label: string) => `Status: ${label}`,
    votes: (count: number) => `Stimmen: ${count}`,
    problem: "Problemstellung",
    steps: "Lösungsschritte",
    sources: "Quellen",
    olderVersions: "Alle Fassungen",
    latest: "(aktuell)",
    noVersion: "Es gibt noch keine veröffentlichte Fassung.",
    noSuchVersion: "Diese Fassung gibt es nicht.",
    noEvent: "Diese Veranstaltung gibt es nicht.",
    noEntries: "Keine Einträge.",
  },
  refusals: {
    invalidForm: "Bitte prüfen Sie die markierten Angaben.",
    notFound: "Das gibt es nicht (mehr). Bitte laden Sie die Seite neu.",
    atEdge: "Der Eintrag steht schon an dieser Stelle.",
    titleRequired: "Bitte geben Sie einen Titel ein (höchstens 200 Zeichen).",
    textTooLong: "Dieser Text ist zu lang.",
    tooManySteps: "Bitte höchstens 100 Lösungsschritte.",
    otherRequired: "Bitte geben Sie an, wer zuständig ist.",
    quarterInvalid: "Bitte geben Sie das Quartal wie 2019-Q3 an.",
    statusRequired: "Bitte wählen Sie einen Status.",
    choiceInvalid: "Bitte wählen Sie einen der angebotenen Werte.",
    sectionTitleRequired: "Bitte geben Sie einen Titel für den Abschnitt ein (höchstens 200 Zeichen).",
    splitNone: "Bitte wählen Sie mindestens eine Quelle aus.",
  },
  /** Why curation (server/fahrplan/curation.ts) refused an action, by its refusal code. */
  curationRefusals: {
    "not-found": "Das gibt es nicht (mehr). Bitte laden Sie die Seite neu.",
    "contributions-curated": "Mindestens ein Beitrag ist schon übernommen oder entschieden.",
    "contribution-curated": "Der Beitrag ist schon übernommen oder entschieden.",
    "split-needs-some-sources": "Wählen Sie einige, aber nicht alle Quellen für den neuen Eintrag.",
    "duplicate-of-itself": "Ein Beitrag ist kein Duplikat von sich selbst.",
    "nothing-to-undo": "Es gibt nichts rückgängig zu machen.",
    conflict: "Der Eintrag wurde inzwischen geändert.",
  },
};

/** The texts the labels below are built from: German by default (exports), or the catalogue's. */
type FieldLabels = Pick<typeof deFahrplan.fields, "notSet" | "byQuarter"> & {
  responsibleParties: Record<string, string>;
  timeHorizons: Record<string, string>;
};

/** The label of a stored value, or "nicht festgelegt" (also for values this version does not know). */
export function labelOf(
  labels: Record<string, string>,
  value: string | null | undefined,
  notSet: string = deFahrplan.fields.notSet,
): string {
  return (value ? labels[value] : undefined) ?? notSet;
}

/** "Land und Kommunen", or the free text when the responsible party is "other". */
export function responsibleLabel(
  party: string | null,
  other: string | null,
  fields: FieldLabels = deFahrplan.fields,
): string {
  if (party === "other" && other) return other;
  return labelOf(fields.responsibleParties, party, fields.notSet);
}

/** "kurzfristig (bis 12 Monate)", or "bis 3. Quartal 2019". */
export function horizonLabel(
  horizon: string | null,
  targetQuarter: string | null,
  fields: FieldLabels = deFahrplan.fields,
): string {
  if (horizon === "quarter" && targetQuarter) return fields.byQuarter(targetQuarter);
  return labelOf(fields.timeHorizons, horizon, fields.notSet);
}

/** Dates of publication as "14. Mai 2019 um 10:30" in German time, for the (German) exports. */
export function formatPublishedAt(date: Date | string): string {
  return formatsFor("de-DE").longDateTime(date);
}
