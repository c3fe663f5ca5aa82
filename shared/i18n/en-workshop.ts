import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of running a workshop: phases, timer, moderators' controls, projector (mirrors de-workshop.ts). */
export const enWorkshop: Messages["workshop"] = {
  phases: {
    collect: "Collect",
    vote: "Vote",
    curate: "Curate",
    closed: "Closed",
  },
  phaseMeaning: {
    collect: "Write problem areas and proposed steps into the shared document.",
    vote: "Spread your votes over the contributions that matter most to you. The document stays open.",
    curate: "The moderators arrange the contributions for the Fahrplan. You can keep adding to the document.",
    closed: "The workshop is closed. The document can only be read.",
  },
  phaseHeading: (label: string) => `Phase: ${label}`,
  phaseAnnouncement: (label: string) => `New phase: ${label}.`,
  timer: {
    label: "Time remaining",
    notRunning: "No timer is running.",
    ended: "Time is up.",
    started: (minutes: number) => `The timer is running: ${plural(minutes, "# minute", "# minutes")}.`,
    stopped: "The timer has been stopped.",
  },
  controls: {
    heading: "Run the workshop",
    phaseHeading: "Phase",
    phaseHint:
      "“Vote” opens the voting, every other phase closes it. “Closed” makes the document read-only for participants.",
    current: (label: string) => `${label} (current phase)`,
    switchTo: (label: string) => `Switch to “${label}”`,
    timerHeading: "Timer",
    minutes: "Duration in minutes",
    minutesHint: "A whole number from 1 to 180. Everyone sees the same remaining time.",
    start: "Start timer",
    stop: "Stop timer",
    saved: "Saved. Every device in the workshop shows it at once.",
    projectorLink: "Open the projector view",
    projectorHint:
      "For the projector: document, phase, timer, voting result and QR code in large type. Best opened with an observer link.",
  },
  errors: {
    forbidden: "Only the moderators of this workshop can change the phase and timer.",
    "not-found": "This workshop no longer exists.",
    "invalid-timer": "Please enter a whole number of minutes from 1 to 180.",
    invalid: "This input is invalid. Please reload the page and try again.",
    unreachable: "The server cannot be reached right now. Please try again in a moment.",
  },
  projector: {
    title: (track: string) => `${track} – projector view`,
    documentHeading: "Document",
    sideLabel: "Voting result and joining",
    tallyHeading: "Voting result",
    tallyHidden: "The result appears here as soon as the moderators release it.",
    noContributions: "No contributions yet.",
    votes: (count: number) => plural(count, "# vote", "# votes"),
    joinHeading: "Take part",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    pausePaging: "Pause paging",
    pagingHint: "Pages turn by themselves; new contributions are shown. Page Down/Up turns pages by hand.",
    pagingPaused: "Paused. Page Down/Up turns pages by hand.",
    tallyMore: (count: number) => plural(count, "and # more contribution", "and # more contributions"),
    backToTrack: "Back to the workshop",
  },
  admin: {
    phaseLabel: "Phase",
    setPhase: "Set phase",
    phaseHint: "In the phase “Closed” participants can only read.",
  },
  moderationPhase: (label: string) => `Phase: ${label}`,
};
