import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of private writing (issue #8, ADR 009): the panel on the track page and the answers of its route.
 * A catalogue of its own, hooked into `de` in messages.ts.
 */
export const dePrivateWriting = {
  heading: "Private Schreibphase",
  participantNotice: "Private Schreibphase: Ihre neuen Beiträge sieht nur die Moderation, bis sie aufgedeckt werden",
  participantHint:
    "Schreiben Sie unten in Ihren eigenen Entwurf. Das gemeinsame Dokument darüber zeigt, was schon aufgedeckt ist.",
  draftHeading: "Ihr Entwurf",
  draftTitle: (trackTitle: string) => `Ihr Entwurf in ${trackTitle}`,
  loading: "Die private Schreibphase wird geladen …",
  moderator: {
    on: "Die private Schreibphase ist eingeschaltet: Neue Beiträge der Teilnehmenden sieht nur die Moderation.",
    off: "Die private Schreibphase ist ausgeschaltet: Alle schreiben direkt in das gemeinsame Dokument.",
    onlyInCollect: "Die private Schreibphase ist nur in der Phase „Sammeln“ möglich.",
    switchOn: "Private Schreibphase einschalten",
    switchOff: "Ausschalten und alles aufdecken",
    reveal: "Aufdecken",
    revealHint: "Übernimmt alle Beiträge aus den Entwürfen in das gemeinsame Dokument.",
    revealed: (count: number) => plural(count, "# Beitrag wurde aufgedeckt.", "# Beiträge wurden aufgedeckt."),
    switchedOn: "Die private Schreibphase ist eingeschaltet.",
    switchedOff: "Die private Schreibphase ist ausgeschaltet; alle Entwürfe wurden aufgedeckt.",
    draftsHeading: "Entwürfe der Teilnehmenden",
    noDrafts: "Noch hat niemand einen Entwurf begonnen.",
    refresh: "Liste aktualisieren",
    draftOf: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
    draftTitle: (name: string) => `Entwurf von ${name}`,
  },
  /** Answers of the route when it refuses something, by reason. */
  refusals: {
    "not-found": "Diesen Workshop gibt es nicht (mehr).",
    forbidden: "Nur die Moderation dieses Workshops kann die private Schreibphase steuern.",
    "not-collecting": "Die private Schreibphase ist nur in der Phase „Sammeln“ möglich.",
    "invalid-input": "Die Anfrage ist unvollständig oder ungültig.",
    unreachable: "Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
  },
};

export type PrivateWritingRefusalReason = keyof typeof dePrivateWriting.refusals;
