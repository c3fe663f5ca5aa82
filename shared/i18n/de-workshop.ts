import type { TrackPhase } from "../track-phase";
import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of running a workshop: the phases, the timer, the moderators' controls and the projector view
 * (issue #8, ADR 008).
 */
export const deWorkshop = {
  phases: {
    collect: "Sammeln",
    vote: "Abstimmen",
    curate: "Kuratieren",
    closed: "Abgeschlossen",
  } satisfies Record<TrackPhase, string>,
  /** What the phase means for the people in the room. */
  phaseMeaning: {
    collect: "Schreiben Sie Problemfelder und Lösungsschritte in das gemeinsame Dokument.",
    vote: "Verteilen Sie Ihre Stimmen auf die Beiträge, die Ihnen am wichtigsten sind. Das Dokument bleibt offen.",
    curate: "Die Moderation ordnet die Beiträge für den Fahrplan. Sie können das Dokument weiter ergänzen.",
    closed: "Der Workshop ist abgeschlossen. Das Dokument kann nur noch gelesen werden.",
  } satisfies Record<TrackPhase, string>,
  phaseHeading: (label: string) => `Phase: ${label}`,
  phaseAnnouncement: (label: string) => `Neue Phase: ${label}.`,
  timer: {
    label: "Verbleibende Zeit",
    notRunning: "Kein Timer läuft.",
    ended: "Die Zeit ist um.",
    started: (minutes: number) => `Der Timer läuft: ${plural(minutes, "# Minute", "# Minuten")}.`,
    stopped: "Der Timer wurde angehalten.",
  },
  controls: {
    heading: "Workshop steuern",
    phaseHeading: "Phase",
    phaseHint:
      "„Abstimmen“ öffnet die Abstimmung, jede andere Phase schließt sie. „Abgeschlossen“ macht das Dokument für Teilnehmende schreibgeschützt.",
    current: (label: string) => `${label} (aktuelle Phase)`,
    switchTo: (label: string) => `Zu „${label}“ wechseln`,
    timerHeading: "Timer",
    minutes: "Dauer in Minuten",
    minutesHint: "Eine ganze Zahl von 1 bis 180. Alle sehen dieselbe verbleibende Zeit.",
    start: "Timer starten",
    stop: "Timer anhalten",
    saved: "Gespeichert. Alle Geräte im Workshop zeigen es sofort.",
    projectorLink: "Projektoransicht öffnen",
    projectorHint:
      "Für den Beamer: Dokument, Phase, Timer, Abstimmungsergebnis und QR-Code in großer Schrift. Am besten mit einem Link zum Beobachten öffnen.",
  },
  errors: {
    forbidden: "Nur die Moderation dieses Workshops kann Phase und Timer ändern.",
    "not-found": "Diesen Workshop gibt es nicht mehr.",
    "invalid-timer": "Bitte geben Sie eine ganze Zahl von 1 bis 180 Minuten ein.",
    invalid: "Diese Eingabe ist ungültig. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
    unreachable: "Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
  },
  projector: {
    title: (track: string) => `${track} – Projektoransicht`,
    documentHeading: "Dokument",
    sideLabel: "Abstimmungsergebnis und Beitritt",
    tallyHeading: "Ergebnis der Abstimmung",
    tallyHidden: "Das Ergebnis erscheint hier, sobald die Moderation es freigibt.",
    noContributions: "Noch keine Beiträge.",
    votes: (count: number) => plural(count, "# Stimme", "# Stimmen"),
    joinHeading: "Mitmachen",
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
    pausePaging: "Blättern anhalten",
    pagingHint: "Die Seiten wechseln von selbst; neue Beiträge werden gezeigt. Bild ab/auf blättert von Hand.",
    pagingPaused: "Angehalten. Bild ab/auf blättert von Hand.",
    tallyMore: (count: number) => plural(count, "und # weiterer Beitrag", "und # weitere Beiträge"),
    backToTrack: "Zurück zum Workshop",
  },
  admin: {
    phaseLabel: "Phase",
    setPhase: "Phase setzen",
    phaseHint: "In der Phase „Abgeschlossen“ können Teilnehmende nur lesen.",
  },
  moderationPhase: (label: string) => `Phase: ${label}`,
};

export type WorkshopErrorKey = keyof typeof deWorkshop.errors;
