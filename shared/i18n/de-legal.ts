import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of the privacy page, the accessibility statement and the participant's own data page. Written for
 * the people who use Fahrplan at an event; the operator adapts the contact lines to their body.
 */
export const deLegal = {
  footer: {
    label: "Rechtliches",
    privacy: "Datenschutz",
    accessibility: "Barrierefreiheit",
    myContributions: "Meine Beiträge",
  },
  privacy: {
    title: "Datenschutzerklärung",
    intro:
      "Fahrplan verarbeitet nur die Daten, die für die gemeinsame Arbeit an den Workshop-Ergebnissen nötig sind. Verantwortlich ist die Stelle, die diese Installation betreibt und die Veranstaltung ausrichtet.",
    sections: [
      {
        heading: "Welche Daten wir verarbeiten",
        items: [
          "Als Teilnehmerin oder Teilnehmer: den Namen, den Sie beim Beitritt angeben, freiwillig Ihre Organisation, eine Farbe für Ihren Cursor, Ihre Beiträge (Problemfelder und Lösungsschritte) und Ihre Stimmen.",
          "Als Moderatorin, Moderator oder Administration: E-Mail-Adresse und Name des Kontos; das Passwort nur als Hash (scrypt).",
          "Technisch notwendige Cookies: ein Sitzungs-Cookie (endet nach 24 Stunden ohne Nutzung, spätestens nach 7 Tagen; bei Konten nach 2 bzw. 12 Stunden), ein zufälliger Besucher-Kennwert, mit dem Fehlversuche beim Beitritt begrenzt werden, und die von Ihnen gewählte Sprache.",
          "Im Browser: eine Kopie des Dokuments Ihres Workshops und Ihrer noch nicht gesendeten Eingaben, damit bei einer Funkstörung nichts verloren geht. Sie bleibt auf Ihrem Gerät und wird beim Abmelden gelöscht.",
        ],
      },
      {
        heading: "Was wir nicht tun",
        items: [
          "Wir speichern keine IP-Adressen.",
          "Keine Seite lädt etwas von fremden Servern: Schriften und Programme liefert Fahrplan selbst aus. Es gibt keine Analyse- oder Werbedienste.",
          "Passwörter, Sitzungskennungen und Beitrittscodes stehen in keinem Protokoll.",
        ],
      },
      {
        heading: "Sicherheitsprotokoll",
        items: [
          "Anmeldungen, Beitritte und Änderungen an Rechten werden protokolliert, um Missbrauch zu erkennen. Personen erscheinen dort nur mit einer Kennung; die E-Mail-Adresse eines fehlgeschlagenen Anmeldeversuchs nur als Pseudonym.",
          "Einträge werden nach der eingestellten Frist gelöscht (voreingestellt 90 Tage).",
        ],
      },
      {
        heading: "Nach der Veranstaltung",
        items: [
          "Der veröffentlichte Fahrplan nennt keine Namen von Teilnehmenden, nur auf ausdrücklichen Wunsch der Moderation die Organisationen.",
          "Die Administration kann nach der Veranstaltung die Namen und Organisationen aller Teilnehmenden löschen oder durch Pseudonyme („Teilnehmende 1“, …) ersetzen. Texte und Fahrplan bleiben erhalten.",
        ],
      },
      {
        heading: "Ihre Rechte",
        items: [
          "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit (Art. 15 bis 20 DSGVO) sowie auf Beschwerde bei einer Aufsichtsbehörde, in Thüringen beim Thüringer Landesbeauftragten für den Datenschutz und die Informationsfreiheit.",
          "Ihre eigenen Beiträge können Sie jederzeit unter „Meine Beiträge“ ansehen und herunterladen.",
          "Für alles Weitere wenden Sie sich bitte an die Moderation vor Ort oder an die veranstaltende Stelle.",
        ],
      },
    ],
  },
  accessibility: {
    title: "Erklärung zur Barrierefreiheit",
    intro:
      "Fahrplan soll für alle nutzbar sein. Diese Erklärung gilt für die Seiten dieser Installation und richtet sich nach der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die die Anforderungen der WCAG 2.1 (Stufe AA) übernimmt.",
    sections: [
      {
        heading: "Stand der Vereinbarkeit",
        items: [
          "Die Seiten sind nach unserer Prüfung weitgehend mit der BITV 2.0 vereinbar. Jede Seite wird bei jeder Änderung automatisch mit axe-core in beiden Sprachen geprüft; ein Durchgang nur mit der Tastatur (Beitreten, Problemfeld schreiben, abstimmen) gehört zu den automatischen Tests. Automatische Prüfungen finden nicht jede Barriere; eine Prüfung mit Bildschirmlesern steht noch aus.",
        ],
      },
      {
        heading: "Bedienung",
        items: [
          "Alle Funktionen sind mit der Tastatur erreichbar; der Fokus ist sichtbar. „Zum Inhalt springen“ steht am Anfang jeder Seite.",
          "Im Dokument eines Workshops fügen Strg+Alt+1 ein Problemfeld und Strg+Alt+2 einen Lösungsschritt ein. Wer nicht im Editor arbeiten möchte, etwa mit einem Bildschirmleser, fügt Beiträge über die einfachen Formulare unter dem Dokument hinzu.",
          "Was andere gerade tun, wird Bildschirmlesern zusammengefasst angesagt, nicht bei jedem Tastendruck.",
        ],
      },
      {
        heading: "Bekannte Einschränkungen",
        items: [
          "Die Cursor der anderen sind farbig markiert; ihre Namen stehen zusätzlich als Text daneben und in der Liste der Anwesenden.",
          "Die Projektoransicht ist für große Bildschirme gedacht und nicht für die Bedienung.",
        ],
      },
      {
        heading: "Feedback und Kontakt",
        items: [
          "Wenn Ihnen Barrieren auffallen, sagen Sie es bitte der Moderation vor Ort oder der veranstaltenden Stelle. Wir antworten innerhalb von zwei Wochen.",
          "Schlichtungsverfahren: Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach dem Thüringer Gesetz über den barrierefreien Zugang zu Websites und mobilen Anwendungen öffentlicher Stellen wenden.",
        ],
      },
    ],
    prepared: "Diese Erklärung wurde am 28. November 2026 erstellt.",
  },
  myContributions: {
    title: "Meine Beiträge",
    intro:
      "Alles, was Sie in dieser Veranstaltung geschrieben haben, mit Ihrem Namen, wie Fahrplan es gespeichert hat.",
    onlyParticipants:
      "Diese Seite gibt es für Teilnehmende. Treten Sie der Veranstaltung bei, um Ihre Beiträge zu sehen.",
    identity: (name: string, organisation: string | null) =>
      organisation ? `Sie sind beigetreten als ${name} (${organisation}).` : `Sie sind beigetreten als ${name}.`,
    none: "Sie haben noch keine Beiträge geschrieben.",
    count: (count: number) => plural(count, "# Beitrag", "# Beiträge"),
    deleted: "(im Dokument gelöscht)",
    downloadHeading: "Herunterladen",
    downloadJson: "Als JSON herunterladen (maschinenlesbar)",
    downloadMarkdown: "Als Text (Markdown) herunterladen",
    kinds: { problem: "Problemfeld", step: "Lösungsschritt" },
    unknownFormat: "Unbekanntes Format: bitte json oder md.",
  },
};

/** The admin's erasure of participant identities after an event (participants page). */
export const deErasure = {
  heading: "Nach der Veranstaltung: Namen löschen oder pseudonymisieren",
  intro:
    "Texte und Fahrplan bleiben erhalten. Namen verschwinden aus der Datenbank, den Dokumenten, dem Verlauf und allen Exporten. Die Sitzungen aller Teilnehmenden enden. Das lässt sich nicht rückgängig machen.",
  modeLegend: "Was soll mit den Namen geschehen?",
  pseudonymise: "Pseudonymisieren: „Teilnehmende 1“, „Teilnehmende 2“ … – Organisationen bleiben",
  erase: "Löschen: alle heißen „Teilnehmende“ – auch Organisationen werden entfernt",
  confirm: "Ich habe verstanden, dass dies nicht rückgängig gemacht werden kann.",
  submit: "Namen jetzt ersetzen",
  confirmRequired: "Bitte bestätigen Sie, dass Sie das nicht rückgängig machen können.",
  done: (participants: number, documents: number) =>
    `Erledigt: ${participants} Teilnehmende, ${documents} Dokumente bearbeitet.`,
};
