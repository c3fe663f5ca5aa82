import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/** Texts of the closing plenary (Abschlussplenum, issue #15.1, ADR 020). English: en-plenary.ts. */
export const dePlenary = {
  title: "Abschlussplenum",
  link: "Zum Abschlussplenum",
  intro:
    "Im Abschlussplenum hält der Kongress den Fahrplan gemeinsam fest: Zu jedem Eintrag des Entwurfs sagen " +
    "Sie, ob Sie zustimmen oder Bedenken haben, und können einen Kommentar schreiben. Bis das Plenum " +
    "geschlossen wird, können Sie Ihre Stimme ändern.",
  status: {
    notOpened: "Das Abschlussplenum ist noch nicht eröffnet. Der Entwurf unten kann sich noch ändern.",
    open: "Das Abschlussplenum läuft.",
    closed: "Das Abschlussplenum ist geschlossen. Die Stimmen sind eingefroren.",
  },
  live: { connected: "Live: Änderungen erscheinen sofort.", reconnecting: "Verbindung wird wiederhergestellt …" },
  moderation: {
    heading: "Plenum steuern",
    open: "Abschlussplenum eröffnen",
    openHint: "Die Teilnehmenden sehen dann den Entwurf und geben ihre Stimmen ab.",
    close: "Abschlussplenum schließen",
    closeHint:
      "Schließen friert alle Stimmen, Kommentare und Antworten ein. Das Ergebnis geht in die nächste " +
      "veröffentlichte Fassung ein.",
    reopen: "Neues Plenum eröffnen",
    projector: "Projektion öffnen",
    editFahrplan: "Fahrplan bearbeiten",
    publish: "Fassung veröffentlichen …",
    project: "Auf die Projektion",
    projected: "Auf der Projektion",
    previous: "Vorheriger Eintrag",
    next: "Nächster Eintrag",
    stopProjecting: "Projektion leeren",
    comments: (count: number) => plural(count, "Ein Kommentar", "# Kommentare"),
    reply: "Antwort",
    resolved: "erledigt",
    saveReply: "Antwort speichern",
    by: (name: string) => `von ${name}`,
  },
  entry: {
    changed: "Während des Plenums geändert",
    tally: (consent: number, concern: number) => `${consent} Zustimmung · ${concern} Bedenken`,
    earlier: (count: number) =>
      plural(count, "eine davon zu einer früheren Fassung", "# davon zu einer früheren Fassung"),
  },
  voice: {
    legend: "Zustimmung oder Bedenken?",
    consent: "Zustimmung",
    concern: "Bedenken",
    comment: "Kommentar (freiwillig)",
    commentHint: "Höchstens 1.000 Zeichen.",
    submit: "Stimme abgeben",
    change: "Stimme ändern",
    yours: (voice: string) => `Ihre Stimme: ${voice}`,
    earlierWording:
      "Der Eintrag wurde geändert, nachdem Sie abgestimmt haben. Bitte bestätigen oder ändern Sie Ihre Stimme.",
    confirm: "Stimme für die neue Fassung bestätigen",
    reply: (text: string) => `Antwort der Moderation: ${text}`,
    observer: "Als Beobachtung sehen Sie das Plenum, ohne abzustimmen.",
    closed: "Das Plenum ist geschlossen: Ihre Stimme bleibt, wie sie ist.",
  },
  follow: "Der Projektion folgen",
  followHint: "Springt zu dem Eintrag, der gerade im Saal gezeigt wird.",
  projector: {
    title: (event: string) => `Abschlussplenum – ${event}`,
    nothing: "Gleich geht es los: Noch kein Eintrag auf der Projektion.",
    position: (index: number, total: number) => `Eintrag ${index} von ${total}`,
  },
  done: {
    open: "Das Abschlussplenum ist eröffnet.",
    close: "Das Abschlussplenum ist geschlossen.",
    project: "Die Projektion zeigt den gewählten Eintrag.",
    voice: "Ihre Stimme ist gespeichert.",
    answer: "Die Antwort ist gespeichert.",
  },
  /** Why the plenary refused, by its refusal code (server/plenary/plenary.ts). */
  refusals: {
    "not-found": "Das gibt es nicht (mehr). Bitte laden Sie die Seite neu.",
    "not-open": "Das Abschlussplenum ist nicht eröffnet.",
    "already-open": "Das Abschlussplenum ist schon eröffnet.",
    forbidden: "Das dürfen Sie in diesem Plenum nicht.",
    "invalid-input": "Bitte prüfen Sie Ihre Angaben.",
    commentTooLong: "Bitte höchstens 1.000 Zeichen.",
  },
  publishWhileOpen: "Das Abschlussplenum läuft noch. Schließen Sie es, bevor Sie eine Fassung veröffentlichen.",
  result: (consent: number, concern: number) => `Abschlussplenum: ${consent} Zustimmung, ${concern} Bedenken`,
};
