/**
 * Every text of the user interface, German first. Components take their strings from here (through
 * `useMessages`) so that English can follow as a second catalogue with the same keys.
 */
export const de = {
  appName: "Fahrplan",
  skipToContent: "Zum Inhalt springen",
  home: {
    title: "Veranstaltungen",
    tracksHeading: "Workshops",
    noEvents: "Es gibt noch keine Veranstaltung.",
    openTrack: (title: string) => `Workshop „${title}“ öffnen`,
  },
  track: {
    backToEvent: "Zur Übersicht",
    subtopics: "Themen",
    editorLabel: (title: string) => `Gemeinsames Dokument des Workshops „${title}“`,
    loadingEditor: "Dokument wird geladen …",
    notFound: "Diesen Workshop gibt es nicht.",
  },
  displayName: {
    heading: "Wie sollen die anderen Sie sehen?",
    label: "Ihr Name",
    hint: "Der Name erscheint an Ihrem Cursor und in der Liste der Anwesenden. Er wird nur in diesem Browser gespeichert.",
    submit: "Weiter",
    change: "Namen ändern",
    required: "Bitte geben Sie einen Namen ein.",
    tooLong: "Bitte höchstens 60 Zeichen.",
  },
  presence: {
    heading: "Anwesend",
    you: "(Sie)",
    nobodyElse: "Sonst ist gerade niemand hier.",
  },
  saveState: {
    connecting: "Verbindung wird aufgebaut …",
    saved: "Verbunden · gespeichert",
    saving: "Verbunden · wird gespeichert …",
    offline: "Verbindung unterbrochen – Änderungen bleiben erhalten",
    unavailable: "Das Dokument kann gerade nicht geladen werden. Es wird erneut versucht.",
    unsavedWarning: "Einige Änderungen sind noch nicht gespeichert.",
  },
  errors: {
    title: "Etwas ist schiefgelaufen",
    notFound: "Diese Seite gibt es nicht.",
    generic: "Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es erneut.",
    backHome: "Zur Startseite",
  },
  dateFormat: (isoDate: string) =>
    new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`)),
};

export type Messages = typeof de;

/** The catalogue of the current language. Only German exists yet; the hook is where the choice will go. */
export function useMessages(): Messages {
  return de;
}
