import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of the moderation board (/moderation/board), hooked into the catalogue as `de.board`.
 */
export const deBoard = {
  title: "Moderationsübersicht",
  heading: (eventTitle: string) => `Moderationsübersicht: ${eventTitle}`,
  intro:
    "Hier sehen Sie alle Problemfelder und Lösungsschritte der Veranstaltung. Übernehmen Sie Beiträge in den Fahrplan, führen Sie Duplikate zusammen oder lehnen Sie Beiträge mit Begründung ab.",
  linkFromModeration: "Moderationsübersicht (Board)",
  nav: {
    label: "Moderation",
    fahrplan: "Zum Fahrplan",
    search: "Beiträge durchsuchen",
    moderation: "Zur Moderation",
  },

  refresh: {
    lastRefresh: "Zuletzt aktualisiert:",
    time: (time: string) => `${time} Uhr`,
    hint: "Die Übersicht aktualisiert sich alle fünf Sekunden von selbst, solange sie sichtbar ist.",
  },

  filters: {
    heading: "Filter",
    event: "Veranstaltung",
    track: "Workshop",
    kind: "Art",
    status: "Status",
    minVotes: "Mindestens Stimmen",
    query: "Suchbegriffe",
    queryHint: "Zeigt nur Beiträge, die alle Wörter enthalten.",
    all: "alle",
    apply: "Filter anwenden",
    reset: "Filter zurücksetzen",
  },

  kinds: { problem: "Problemfeld", step: "Lösungsschritt" },
  kindsPlural: { problem: "Problemfelder", step: "Lösungsschritte" },
  statuses: { open: "offen", adopted: "übernommen", rejected: "abgelehnt", duplicate: "Duplikat" },

  list: {
    heading: "Beiträge",
    count: (shown: number, total: number) =>
      shown === total ? plural(total, "# Beitrag.", "# Beiträge.") : `${shown} von ${total} Beiträgen.`,
    empty: "Keine Beiträge für diese Filter.",
    columns: {
      select: "Auswahl",
      text: "Beitrag",
      votes: "Stimmen",
      status: "Status",
      actions: "Aktionen",
    },
    select: (excerpt: string) => `Auswählen: ${excerpt}`,
    byAuthor: (author: string | null) => (author ? `von ${author}` : "Person ohne Angabe"),
    deleted: "gelöscht",
    deletedHint: "Der Beitrag wurde aus dem Workshop-Dokument entfernt.",
    adoptedInto: (title: string) => `in „${title}“`,
    rejectedBecause: (reason: string) => `Begründung: ${reason}`,
    duplicateOf: (excerpt: string) => `Duplikat von „${excerpt}“`,
    unknownOriginal: "einem nicht mehr vorhandenen Beitrag",
  },

  selection: {
    heading: "Ausgewählte Beiträge",
    count: (count: number) =>
      count === 0 ? "Kein Beitrag ausgewählt." : plural(count, "# Beitrag ausgewählt", "# Beiträge ausgewählt"),
    hint: "Mehrere ausgewählte Beiträge werden zu einem Eintrag zusammengeführt, auch über Workshops hinweg.",
    adopt: "Als Eintrag übernehmen",
    entry: "Bestehender Eintrag",
    chooseEntry: "Eintrag wählen",
    noEntries: "Der Fahrplan hat noch keine Einträge.",
    addToEntry: "Zu Eintrag hinzufügen",
  },

  decide: {
    summary: "Ablehnen oder als Duplikat markieren",
    forContribution: (excerpt: string) => `für „${excerpt}“`,
    reason: "Begründung der Ablehnung",
    reasonHint: "Höchstens 500 Zeichen; sie ist im Fahrplan nachvollziehbar.",
    reject: "Ablehnen",
    duplicateOf: "Duplikat von",
    chooseOriginal: "Beitrag wählen",
    markDuplicate: "Als Duplikat markieren",
    putBack: "Zurücklegen",
    putBackFor: (excerpt: string) => `„${excerpt}“ zurücklegen`,
  },

  undo: "Letzte Aktion rückgängig machen",

  suggestions: {
    heading: "Mögliche Duplikate",
    intro:
      "Offene Beiträge, die einander ähneln, aus allen Workshops: seltene gemeinsame Wörter zählen mehr als " +
      "häufige. Zu jedem Beitrag die drei ähnlichsten.",
    sharedWords: (words: string) => `Gemeinsam: ${words}`,
    none: "Derzeit keine Vorschläge.",
    similarity: (percent: number) => `${percent} % Übereinstimmung`,
    pair: (index: number) => `Vorschlag ${index}`,
    merge: "Zusammenführen",
    mergeHint: "Übernimmt beide Beiträge in einem Schritt als einen Eintrag.",
    /** After "Zusammenführen", for screen readers: which two contributions. */
    mergePair: (first: string, second: string) => `„${first}“ / „${second}“`,
  },

  /** Beside each open contribution: its most similar ones (components/board/similar-contributions.tsx). */
  similar: {
    summary: (count: number) => (count === 1 ? "1 ähnlicher Beitrag" : `${count} ähnliche Beiträge`),
    /** After the summary, for screen readers: whose similar contributions. */
    of: (excerpt: string) => `zu „${excerpt}“`,
    percent: (percent: number) => `${percent} % Übereinstimmung`,
    sharedWords: (words: string) => `Gemeinsam: ${words}`,
    merge: "Zusammenführen",
    mergePair: (first: string, second: string) => `„${first}“ mit „${second}“`,
  },

  /** What the board says after a form did what it asked. */
  done: {
    adopt: "Als neuer Eintrag in den Fahrplan übernommen.",
    "add-to-entry": "Dem Eintrag hinzugefügt.",
    reject: "Beitrag abgelehnt.",
    duplicate: "Als Duplikat markiert.",
    "put-back": "Beitrag zurückgelegt: er ist wieder offen.",
    "merge-suggestion": "Zusammengeführt und als neuer Eintrag in den Fahrplan übernommen.",
    undo: "Die letzte Aktion ist rückgängig gemacht.",
  },

  errors: {
    malformed: "Das Formular enthält ungültige Angaben.",
    noEvent: "Bitte wählen Sie eine Veranstaltung.",
    selectSome: "Bitte wählen Sie mindestens einen Beitrag aus.",
    tooMany: "Bitte wählen Sie höchstens 100 Beiträge auf einmal.",
    pairOnly: "Ein Vorschlag besteht aus genau zwei Beiträgen.",
    chooseEntry: "Bitte wählen Sie einen Eintrag.",
    chooseContribution: "Bitte wählen Sie einen Beitrag.",
    chooseOriginal: "Bitte wählen Sie den Beitrag, von dem dieser ein Duplikat ist.",
    reasonMissing: "Bitte geben Sie eine Begründung an.",
    reasonTooLong: "Die Begründung darf höchstens 500 Zeichen lang sein.",
  },
};
