import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of the moderation search page, hooked into the catalogue as `de.search`.
 */
export const deSearch = {
  title: "Beiträge durchsuchen",
  intro:
    "Durchsuchen Sie die Problemfelder und Lösungsschritte aller Workshops der Veranstaltungen, die Sie moderieren.",
  queryLabel: "Suchbegriffe",
  queryHint:
    "Es werden Beiträge gefunden, die alle Wörter enthalten. „Akte“ findet auch „Akten“, „Strasse“ auch „Straße“.",
  submit: "Suchen",
  noHits: "Keine Treffer.",
  hitCount: (count: number) => plural(count, "# Treffer.", "# Treffer."),
  moreHits: (shown: number) =>
    `Mehr als ${shown} Treffer; die ${shown} besten werden angezeigt. Bitte grenzen Sie die Suche weiter ein.`,
  noEvents: "Ihnen ist noch keine Veranstaltung zugeordnet, die Sie durchsuchen könnten.",
  resultsHeading: "Ergebnisse",
  kind: { problem: "Problemfeld", step: "Lösungsschritt" },
  author: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
  unknownAuthor: "Ohne Angabe der Person",
  backToModeration: "Zur Moderation",
};
