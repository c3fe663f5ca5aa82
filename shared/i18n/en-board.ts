import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of the moderation board (mirrors de-board.ts). */
export const enBoard: Messages["board"] = {
  title: "Moderation board",
  heading: (eventTitle: string) => `Moderation board: ${eventTitle}`,
  intro:
    "Here you see all problem areas and proposed steps of the event. Adopt contributions into the Fahrplan (roadmap), merge duplicates, or reject contributions with a reason.",
  linkFromModeration: "Moderation board",
  nav: {
    label: "Moderation",
    fahrplan: "Go to the Fahrplan",
    search: "Search contributions",
    moderation: "Back to moderation",
  },

  refresh: {
    lastRefresh: "Last updated:",
    time: (time: string) => time,
    hint: "The board updates itself every five seconds while it is visible.",
  },

  filters: {
    heading: "Filters",
    event: "Event",
    track: "Workshop",
    kind: "Kind",
    status: "Status",
    minVotes: "Minimum votes",
    query: "Search terms",
    queryHint: "Shows only contributions that contain all the words.",
    all: "all",
    apply: "Apply filters",
    reset: "Reset filters",
  },

  kinds: { problem: "Problem area", step: "Proposed step" },
  kindsPlural: { problem: "Problem areas", step: "Proposed steps" },
  statuses: { open: "open", adopted: "adopted", rejected: "rejected", duplicate: "duplicate" },

  list: {
    heading: "Contributions",
    count: (shown: number, total: number) =>
      shown === total ? plural(total, "# contribution.", "# contributions.") : `${shown} of ${total} contributions.`,
    empty: "No contributions for these filters.",
    columns: {
      select: "Selection",
      text: "Contribution",
      votes: "Votes",
      status: "Status",
      actions: "Actions",
    },
    select: (excerpt: string) => `Select: ${excerpt}`,
    byAuthor: (author: string | null) => (author ? `by ${author}` : "author not given"),
    deleted: "deleted",
    deletedHint: "The contribution was removed from the workshop document.",
    adoptedInto: (title: string) => `into “${title}”`,
    rejectedBecause: (reason: string) => `Reason: ${reason}`,
    duplicateOf: (excerpt: string) => `Duplicate of “${excerpt}”`,
    unknownOriginal: "a contribution that no longer exists",
  },

  selection: {
    heading: "Selected contributions",
    count: (count: number) =>
      count === 0 ? "No contribution selected." : plural(count, "# contribution selected", "# contributions selected"),
    hint: "Several selected contributions are merged into one entry, across workshops too.",
    adopt: "Adopt as an entry",
    entry: "Existing entry",
    chooseEntry: "Choose an entry",
    noEntries: "The Fahrplan has no entries yet.",
    addToEntry: "Add to entry",
  },

  decide: {
    summary: "Reject or mark as duplicate",
    forContribution: (excerpt: string) => `for “${excerpt}”`,
    reason: "Reason for rejecting",
    reasonHint: "At most 500 characters; it can be traced in the Fahrplan.",
    reject: "Reject",
    duplicateOf: "Duplicate of",
    chooseOriginal: "Choose a contribution",
    markDuplicate: "Mark as duplicate",
    putBack: "Put back",
    putBackFor: (excerpt: string) => `Put back “${excerpt}”`,
  },

  undo: "Undo the last action",

  suggestions: {
    heading: "Possible duplicates",
    intro:
      "Open contributions that resemble each other, from all workshops: rare shared words count more than " +
      "common ones. For each contribution the three most similar.",
    sharedWords: (words: string) => `In common: ${words}`,
    none: "No suggestions at the moment.",
    similarity: (percent: number) => `${percent}% match`,
    pair: (index: number) => `Suggestion ${index}`,
    merge: "Merge",
    mergeHint: "Adopts both contributions as one entry in one step.",
    mergePair: (first: string, second: string) => `“${first}” / “${second}”`,
  },

  similar: {
    summary: (count: number) => (count === 1 ? "1 similar contribution" : `${count} similar contributions`),
    of: (excerpt: string) => `to “${excerpt}”`,
    percent: (percent: number) => `${percent}% match`,
    sharedWords: (words: string) => `In common: ${words}`,
    merge: "Merge",
    mergePair: (first: string, second: string) => `“${first}” with “${second}”`,
  },

  /** What the board says after a form did what it asked. */
  done: {
    adopt: "Adopted into the Fahrplan as a new entry.",
    "add-to-entry": "Added to the entry.",
    reject: "Contribution rejected.",
    duplicate: "Marked as a duplicate.",
    "put-back": "Contribution put back: it is open again.",
    "merge-suggestion": "Merged and adopted into the Fahrplan as a new entry.",
    undo: "The last action is undone.",
  },

  errors: {
    malformed: "The form contains invalid entries.",
    noEvent: "Please choose an event.",
    selectSome: "Please select at least one contribution.",
    tooMany: "Please select at most 100 contributions at a time.",
    pairOnly: "A suggestion consists of exactly two contributions.",
    chooseEntry: "Please choose an entry.",
    chooseContribution: "Please choose a contribution.",
    chooseOriginal: "Please choose the contribution this one duplicates.",
    reasonMissing: "Please give a reason.",
    reasonTooLong: "The reason may be at most 500 characters long.",
  },
};
