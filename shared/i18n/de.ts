/**
 * Every text of the user interface in German, the first language: this object defines the catalogue's
 * keys (`Messages` in messages-type.ts is its shape). Plain data and text functions, no React, so that the
 * server (exports, handouts) and the browser read the same words. English: en.ts.
 */
import { deA11y } from "./de-a11y";
import { deAdmin } from "./de-admin";
import { deBoard } from "./de-board";
import { deExport } from "./de-export";
import { deFahrplan } from "./de-fahrplan";
import { deHistory } from "./de-history";
import { deErasure, deLegal } from "./de-legal";
import { deOffline } from "./de-offline";
import { dePlenary } from "./de-plenary";
import { dePrivateWriting } from "./de-private-writing";
import { dePublication } from "./de-publication";
import { deQr } from "./de-qr";
import { deSearch } from "./de-search";
import { deVoting } from "./de-voting";
import { deWorkshop } from "./de-workshop";
import { formatsFor } from "./format";
import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");
const minutes = (seconds: number) => plural(Math.ceil(seconds / 60), "# Minute", "# Minuten");

export const de = {
  appName: "Fahrplan",
  dismiss: "Schließen",
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
      `Zu viele Versuche. Bitte warten Sie ${minutes(seconds)} und versuchen Sie es dann erneut.`,
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
    tooManyAttempts: (seconds: number) => `Zu viele Fehlversuche. Bitte warten Sie ${minutes(seconds)}.`,
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
    /** The shortcuts as people read them on their keyboard (Mod is Ctrl, or Cmd on a Mac). */
    shortcuts: { problem: "Strg+Alt+1", step: "Strg+Alt+2" },
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
    write: "Sie können schreiben",
    read: "nur lesen",
  },
  admin: deAdmin,
  board: deBoard,
  fahrplan: deFahrplan,
  publication: dePublication,
  plenary: dePlenary,
  export: deExport,
  search: deSearch,
  voting: deVoting,
  privateWriting: dePrivateWriting,
  legal: deLegal,
  erasure: deErasure,
  history: deHistory,
  qr: deQr,
  workshop: deWorkshop,
  offline: deOffline,
  a11y: deA11y,
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
  },
  presence: {
    heading: "Anwesend",
    you: "(Sie)",
    nobodyElse: "Sonst ist gerade niemand hier.",
  },
  errors: {
    title: "Etwas ist schiefgelaufen",
    notFound: "Diese Seite gibt es nicht.",
    forbidden: "Dafür fehlt Ihnen die Berechtigung.",
    errorId: (id: string) => `Fehler-ID: ${id}`,
    generic: "Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es erneut.",
    backHome: "Zur Startseite",
  },
  /** Dates and numbers in German conventions; every date or number shown goes through these. */
  format: formatsFor("de-DE"),
  dateFormat: (isoDate: string) => formatsFor("de-DE").date(isoDate),
  /** Answers to a form that could not be read at all (app/forms/parse-form.server.ts). */
  forms: {
    unreadable: "Das Formular konnte nicht gelesen werden.",
    invalid: "Das Formular enthält ungültige Angaben.",
  },
  /** The language switch in the site header; its buttons name each language in that language. */
  language: {
    label: "Sprache",
  },
};
