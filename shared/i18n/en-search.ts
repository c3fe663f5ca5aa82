import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of the moderation search page (mirrors de-search.ts). */
export const enSearch: Messages["search"] = {
  title: "Search contributions and Fahrplan",
  intro:
    "Search the problem areas and proposed steps of all workshops and the Fahrplan entries of the events you moderate.",
  queryLabel: "Search terms",
  queryHint:
    "Finds what contains all the words, also inflected and in compounds: “Nutzerkonten” finds “Nutzerkonto”, “Konto” finds “Bürgerservicekonto”, “Bürgerinnen” finds “Bürger”. Abbreviations and synonyms from the glossary (OZG, eID, Schulung – Fortbildung) follow the literal results.",
  submit: "Search",
  noHits: "No results.",
  hitCount: (count: number) => plural(count, "# result.", "# results."),
  moreHits: (shown: number) =>
    `More than ${shown} results; the best ${shown} are shown. Please narrow the search down further.`,
  noEvents: "You have not been assigned an event you could search yet.",
  resultsHeading: "Results",
  kind: { problem: "Problem area", step: "Proposed step" },
  entry: "Fahrplan entry",
  glossaryHit: "found through an abbreviation or synonym",
  author: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
  unknownAuthor: "Author not given",
  backToModeration: "Back to moderation",
};
