import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts of the moderation search page, hooked into the catalogue as `de.search`.
 */
export const deSearch = {
  title: "Beiträge und Fahrplan durchsuchen",
  intro:
    "Durchsuchen Sie die Problemfelder und Lösungsschritte aller Workshops und die Einträge des Fahrplans der Veranstaltungen, die Sie moderieren.",
  queryLabel: "Suchbegriffe",
  queryHint:
    "Gefunden wird, was alle Wörter enthält, auch gebeugt und in Zusammensetzungen: „Nutzerkonten“ findet „Nutzerkonto“, „Konto“ findet „Bürgerservicekonto“, „Bürgerinnen“ findet „Bürger“. Abkürzungen und Synonyme aus dem Glossar (OZG, eID, Schulung – Fortbildung) folgen nach den wörtlichen Treffern.",
  submit: "Suchen",
  noHits: "Keine Treffer.",
  hitCount: (count: number) => plural(count, "# Treffer.", "# Treffer."),
  moreHits: (shown: number) =>
    `Mehr als ${shown} Treffer; die ${shown} besten werden angezeigt. Bitte grenzen Sie die Suche weiter ein.`,
  noEvents: "Ihnen ist noch keine Veranstaltung zugeordnet, die Sie durchsuchen könnten.",
  resultsHeading: "Ergebnisse",
  kind: { problem: "Problemfeld", step: "Lösungsschritt" },
  entry: "Fahrplan-Eintrag",
  glossaryHit: "über Abkürzung oder Synonym gefunden",
  author: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
  unknownAuthor: "Ohne Angabe der Person",
  backToModeration: "Zur Moderation",
};
