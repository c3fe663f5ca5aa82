import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of publishing a Fassung (issue #15.2) and of the traceability annex that every Fassung carries
 * (issue #15.3): what became of each contribution. Shared by the public page and every export.
 */
export const dePublication = {
  annex: {
    heading: "Anhang: Verbleib aller Beiträge",
    intro:
      "Jeder Beitrag aus den Workshops und was aus ihm wurde: in welchen Eintrag er aufgenommen wurde, mit " +
      "welchen Beiträgen zusammen, wovon er ein Duplikat ist oder warum er nicht aufgenommen wurde. Die " +
      "Nummern (B1, B2, …) gelten in dieser Fassung.",
    show: (count: number) =>
      plural(count, "Verbleib des einen Beitrags anzeigen", "Verbleib aller # Beiträge anzeigen"),
    summary: (adopted: number, rejected: number, duplicate: number, open: number) =>
      `${adopted} aufgenommen · ${rejected} nicht aufgenommen · ${plural(duplicate, "# Duplikat", "# Duplikate")} · ${open} nicht entschieden`,
    none: "Zu dieser Veranstaltung gibt es keine Beiträge.",
    notRecorded: "Diese Fassung wurde veröffentlicht, bevor der Verbleib der Beiträge festgehalten wurde.",
    adopted: (entry: string) => `Aufgenommen in „${entry}“`,
    mergedWith: (refs: string) => `zusammen mit ${refs}`,
    rejected: (reason: string) => `Nicht aufgenommen. Begründung: ${reason}`,
    duplicate: (ref: string) => `Duplikat von ${ref}`,
    duplicateOfUnlisted: "Duplikat eines gelöschten Beitrags",
    open: "Nicht entschieden",
    columns: { ref: "Nr.", contribution: "Beitrag", fate: "Verbleib" },
  },
  /** The status of an entry in a published Fassung: an entry there is adopted, so not a draft any more. */
  publishedStatuses: { draft: "geplant", agreed: "abgestimmt", in_progress: "in Umsetzung", done: "umgesetzt" },
  emptySections: {
    listed: (titles: string) => `Ohne Einträge in dieser Fassung: ${titles}.`,
  },
  publish: {
    title: "Fassung veröffentlichen",
    link: "Veröffentlichen …",
    linkHint: "Zeigt zuerst eine Vorschau; veröffentlicht wird erst nach Ihrer Bestätigung.",
    intro: (label: string) =>
      `Unten sehen Sie genau, was als ${label} öffentlich wird. Geben Sie der Fassung einen Titel und eine ` +
      "Anmerkung, wenn Sie möchten, und bestätigen Sie.",
    back: "Zurück zum Fahrplan",
    fassungTitle: "Titel der Fassung (freiwillig)",
    fassungTitleHint: "Zum Beispiel „Ergebnis des Kongresses“. Ohne Titel heißt sie nur nach ihrer Nummer.",
    note: "Anmerkung (freiwillig)",
    noteHint: "Zum Beispiel „beschlossen im Abschlussplenum am 7. November 2018“. Höchstens 1.000 Zeichen.",
    emptySections: "Abschnitte ohne Einträge",
    emptySectionsList: "einmal aufzählen",
    emptySectionsOmit: "weglassen",
    noEmptySections: "Alle Abschnitte haben Einträge.",
    consequences: "Was geschieht",
    consequence: (url: string) => [
      `Die Fassung wird sofort öffentlich, für alle ohne Anmeldung, unter ${url}.`,
      "Sie lässt sich nicht zurückziehen und nicht mehr ändern; ihre Prüfsumme weist das nach.",
      "Eine spätere Fassung kann sie ablösen; diese bleibt dann unter ihrer Nummer abrufbar.",
    ],
    confirm: "Ich habe die Vorschau geprüft und möchte diese Fassung veröffentlichen.",
    confirmRequired: "Bitte bestätigen Sie, dass die Fassung veröffentlicht werden soll.",
    submit: (label: string) => `${label} veröffentlichen`,
    previewLabel: (label: string) => `Vorschau von ${label}, noch nicht veröffentlicht`,
    stale:
      "Der Entwurf hat sich seit Ihrer Vorschau geändert. Bitte prüfen Sie die neue Vorschau und bestätigen Sie erneut.",
    done: (label: string) => `${label} ist veröffentlicht.`,
    doneLink: "Zur öffentlichen Seite",
    noteTooLong: "Bitte höchstens 1.000 Zeichen.",
    titleTooLong: "Bitte höchstens 200 Zeichen.",
  },
  note: (text: string) => `Anmerkung: ${text}`,
};
