import { formatsFor } from "./format";
import type { Messages } from "./messages-type";

/** English texts of the history of a track document (mirrors de-history.ts). */
const phaseNames: Record<string, string> = {
  collect: "Collect",
  vote: "Vote",
  curate: "Curate",
  closed: "Closed",
};

const time = formatsFor("en-GB");

export const enHistory: Messages["history"] = {
  title: "History",
  pageTitle: (track: string) => `History: ${track}`,
  linkFromTrack: "History and restore",
  backToTrack: "Back to the workshop",
  intro:
    "Here you see earlier versions of the shared document. A snapshot is saved automatically every five minutes in which something changes, and at every change of phase; you can also save one yourself.",
  formatTime: (date: Date | string) => time.dateTime(date),
  kinds: {
    auto: "Saved automatically",
    manual: "Saved by hand",
    phase: (phase: string | null) => `Change of phase to “${phaseNames[phase ?? ""] ?? phase ?? ""}”`,
    "before-restore": "Snapshot before a restore",
  },
  by: (name: string) => `by ${name}`,
  none: "There are no saved snapshots yet.",
  save: {
    heading: "Save the current state",
    name: "Name (optional)",
    nameHint: "For example “After the first round”. At most 100 characters.",
    nameTooLong: "Please use at most 100 characters.",
    submit: "Save snapshot",
    saved: (label: string) => `The snapshot “${label}” has been saved.`,
  },
  slider: {
    heading: "Timeline",
    label: "Saved snapshot",
    hint: "Use the arrow keys to go from snapshot to snapshot.",
    valueText: (position: number, count: number, when: string, label: string) =>
      `Snapshot ${position} of ${count}: ${when}, ${label}`,
    listLabel: "All saved snapshots",
    current: "(shown)",
    show: "Show",
  },
  snapshot: {
    heading: (when: string) => `Snapshot of ${when}`,
    empty: "The document was empty at that time.",
    kinds: { problem: "Problem area", step: "Proposed step" },
    author: (name: string, organisation: string | null) =>
      organisation ? `by ${name} (${organisation})` : `by ${name}`,
    documentLabel: "Content of the saved snapshot (read only)",
  },
  compare: {
    show: "Compare with now",
    hide: "Hide comparison",
    heading: "Comparison with the current state",
    intro: "Inserted is what has been added since; struck through is what has been removed since.",
    same: "The text has not changed since this snapshot.",
  },
  restore: {
    heading: "Restore",
    open: "Restore this snapshot …",
    warning:
      "The document gets the content of this snapshot again. Everyone who has it open sees the change at once. Nothing is lost: the current state is saved first, and you can undo the restore.",
    confirm: "Yes, restore",
    done: (label: string) => `The snapshot “${label}” has been restored.`,
    undo: "Undo the restore",
    undone: "The restore has been undone.",
  },
  errors: {
    notFound: "This saved snapshot does not exist (any more).",
    invalid: "The form contains invalid entries.",
    unavailable: "The document could not be opened just now. Please try again.",
  },
};
