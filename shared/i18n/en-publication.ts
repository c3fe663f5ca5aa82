import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of publishing a Fassung and of the traceability annex (mirrors de-publication.ts). */
export const enPublication: Messages["publication"] = {
  annex: {
    heading: "Annex: what became of every contribution",
    intro:
      "Every contribution from the workshops and what became of it: which entry it was adopted into, together " +
      "with which contributions, what it duplicates, or why it was not adopted. The numbers (B1, B2, …) apply " +
      "within this version.",
    show: (count: number) =>
      plural(count, "Show what became of the one contribution", "Show what became of all # contributions"),
    summary: (adopted: number, rejected: number, duplicate: number, open: number) =>
      `${adopted} adopted · ${rejected} not adopted · ${plural(duplicate, "# duplicate", "# duplicates")} · ${open} not decided`,
    none: "This event has no contributions.",
    notRecorded: "This version was published before the fate of contributions was recorded.",
    adopted: (entry: string) => `Adopted into “${entry}”`,
    mergedWith: (refs: string) => `together with ${refs}`,
    rejected: (reason: string) => `Not adopted. Reason: ${reason}`,
    duplicate: (ref: string) => `Duplicate of ${ref}`,
    duplicateOfUnlisted: "Duplicate of a deleted contribution",
    open: "Not decided",
    columns: { ref: "No.", contribution: "Contribution", fate: "Fate" },
  },
  publishedStatuses: { draft: "planned", agreed: "agreed", in_progress: "in progress", done: "done" },
  emptySections: {
    listed: (titles: string) => `No entries in this version: ${titles}.`,
  },
  publish: {
    title: "Publish a version",
    link: "Publish …",
    linkHint: "Shows a preview first; nothing is published until you confirm.",
    intro: (label: string) =>
      `Below you see exactly what becomes public as ${label}. Give the version a title and a note if you ` +
      "like, and confirm.",
    back: "Back to the Fahrplan",
    fassungTitle: "Title of the version (optional)",
    fassungTitleHint: "For example “Result of the congress”. Without a title it is known by its number only.",
    note: "Note (optional)",
    noteHint: "For example “adopted in the closing plenary on 7 November 2018”. At most 1,000 characters.",
    emptySections: "Sections without entries",
    emptySectionsList: "list them once",
    emptySectionsOmit: "leave them out",
    noEmptySections: "Every section has entries.",
    consequences: "What happens",
    consequence: (url: string) => [
      `The version becomes public at once, for everyone without login, at ${url}.`,
      "It cannot be withdrawn or changed; its checksum proves that.",
      "A later version can supersede it; this one then stays available under its number.",
    ],
    confirm: "I have checked the preview and want to publish this version.",
    confirmRequired: "Please confirm that the version is to be published.",
    submit: (label: string) => `Publish ${label}`,
    previewLabel: (label: string) => `Preview of ${label}, not yet published`,
    stale: "The draft has changed since your preview. Please check the new preview and confirm again.",
    done: (label: string) => `${label} is published.`,
    doneLink: "To the public page",
    noteTooLong: "At most 1,000 characters, please.",
    titleTooLong: "At most 200 characters, please.",
  },
  note: (text: string) => `Note: ${text}`,
};
