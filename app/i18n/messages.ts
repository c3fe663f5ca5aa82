/**
 * Every text of the user interface, German first. Components take their strings from here (through
 * `useMessages`) so that English can follow as a second catalogue with the same keys.
 */
import { deAdmin } from "./de-admin";

export const de = {
  appName: "Fahrplan",
  skipToContent: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    home: "Übersicht",
    join: "Beitreten",
    login: "Anmelden",
    logout: "Abmelden",
    moderation: "Moderation",
    admin: "Administration",
    signedInAs: (name: string) => `Angemeldet als ${name}`,
    observer: "Beobachtung (nur lesen)",
  },
  join: {
    title: "Veranstaltung beitreten",
    intro:
      "Geben Sie den Code der Veranstaltung ein, den Sie vor Ort erhalten haben, und wie die anderen Sie sehen sollen.",
    code: "Code der Veranstaltung",
    codeHint: "Zum Beispiel K7M2Q-9XH4T. Groß- und Kleinschreibung sind egal.",
    displayName: "Ihr Name",
    displayNameHint: "Erscheint an Ihrem Cursor und bei Ihren Beiträgen.",
    organisation: "Ihre Organisation (freiwillig)",
    organisationHint: "Zum Beispiel Ihre Kommune oder Behörde.",
    submit: "Beitreten",
    wrongCode: "Dieser Code ist nicht gültig. Bitte prüfen Sie ihn.",
    tooManyAttempts: (seconds: number) =>
      `Zu viele Versuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n) und versuchen Sie es dann erneut.`,
    nameRequired: "Bitte geben Sie einen Namen ein.",
    nameTooLong: "Bitte höchstens 60 Zeichen.",
    organisationTooLong: "Bitte höchstens 100 Zeichen.",
    codeRequired: "Bitte geben Sie den Code ein.",
  },
  login: {
    title: "Anmelden",
    intro: "Für Moderation und Administration. Teilnehmende treten mit dem Code der Veranstaltung bei.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    submit: "Anmelden",
    failed: "E-Mail-Adresse oder Passwort ist falsch.",
    tooManyAttempts: (seconds: number) =>
      `Zu viele Fehlversuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n).`,
    emailRequired: "Bitte geben Sie Ihre E-Mail-Adresse ein.",
    passwordRequired: "Bitte geben Sie Ihr Passwort ein.",
  },
  observe: {
    title: "Beobachtungsansicht öffnen",
    intro: "Mit diesem Link sehen Sie die Dokumente live, ohne selbst schreiben zu können – etwa für einen Projektor.",
    submit: "Ansicht öffnen",
    invalid: "Dieser Link ist nicht mehr gültig.",
  },
  contributions: {
    kind: { problem: "Problemfeld", step: "Lösungsschritt" },
    byline: (name: string, organisation: string | null) =>
      organisation ? `von ${name} (${organisation})` : `von ${name}`,
    unattributed: "Autor wird ermittelt …",
    noLinks: "Noch keinem Problemfeld zugeordnet.",
    linkedTo: (labels: string[]) => `Bezieht sich auf: ${labels.map((label) => `„${label}“`).join(", ")}`,
    chooseLinks: "Problemfelder zuordnen",
    linksLegend: "Auf welche Problemfelder bezieht sich dieser Schritt?",
    noProblemsYet: "Es gibt noch keine Problemfelder.",
    toolbarLabel: "Beiträge einfügen",
    addProblem: "Problemfeld",
    addStep: "Lösungsschritt",
    shortcutHint: (keys: string) => `Tastenkürzel: ${keys}`,
    showAuthors: "Autorschaft anzeigen",
    slashHint: "Tipp: „/problem“ oder „/schritt“ und Leertaste am Zeilenanfang fügen ebenfalls einen Beitrag ein.",
    formsHeading: "Beiträge ohne Editor hinzufügen",
    problemFormHeading: "Neues Problemfeld",
    problemLabel: "Text des Problemfelds",
    problemSubmit: "Problemfeld hinzufügen",
    stepFormHeading: "Lösungsschritt hinzufügen",
    stepLabel: "Text des Lösungsschritts",
    stepLinksLegend: "Bezieht sich auf (freiwillig)",
    stepSubmit: "Lösungsschritt hinzufügen",
    textRequired: "Bitte geben Sie einen Text ein.",
    added: (kind: string) => `${kind} hinzugefügt.`,
  },
  moderation: {
    title: "Moderation",
    intro: "Die Workshops, die Sie moderieren.",
    none: "Ihnen ist noch kein Workshop zugeordnet.",
    locked: "gesperrt",
    write: "Sie können schreiben",
    read: "nur lesen",
  },
  admin: deAdmin,
  home: {
    title: "Veranstaltungen",
    tracksHeading: "Workshops",
    noEvents: "Es gibt noch keine Veranstaltung.",
    joinPrompt: "Sie nehmen teil? Treten Sie mit dem Code bei, den Sie vor Ort erhalten haben.",
    joinAction: "Mit Code beitreten",
    loginPrompt: "Moderation und Administration:",
    loginAction: "Anmelden",
  },
  track: {
    backToEvent: "Zur Übersicht",
    subtopics: "Themen",
    editorLabel: (title: string) => `Gemeinsames Dokument des Workshops „${title}“`,
    loadingEditor: "Dokument wird geladen …",
    notFound: "Diesen Workshop gibt es nicht.",
    readOnly: "Sie sehen dieses Dokument nur an; schreiben können Sie hier nicht.",
    locked: "Dieser Workshop ist gesperrt: Das Dokument kann nur gelesen werden.",
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
    readOnly: "Verbunden · nur lesen",
    unsavedWarning: "Einige Änderungen sind noch nicht gespeichert.",
  },
  errors: {
    title: "Etwas ist schiefgelaufen",
    notFound: "Diese Seite gibt es nicht.",
    forbidden: "Dafür fehlt Ihnen die Berechtigung.",
    errorId: (id: string) => `Fehler-ID: ${id}`,
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
