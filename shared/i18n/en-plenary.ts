import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of the closing plenary (mirrors de-plenary.ts). */
export const enPlenary: Messages["plenary"] = {
  title: "Closing plenary",
  link: "To the closing plenary",
  intro:
    "In the closing plenary the congress records the Fahrplan together: for each entry of the draft you say " +
    "whether you consent or have concerns, and may add a comment. Until the plenary is closed you can change " +
    "your voice.",
  status: {
    notOpened: "The closing plenary has not been opened yet. The draft below may still change.",
    open: "The closing plenary is in session.",
    closed: "The closing plenary is closed. The voices are frozen.",
  },
  live: { connected: "Live: changes appear at once.", reconnecting: "Reconnecting …" },
  moderation: {
    heading: "Run the plenary",
    open: "Open the closing plenary",
    openHint: "Participants then see the draft and give their voices.",
    close: "Close the closing plenary",
    closeHint: "Closing freezes every voice, comment and answer. The result goes into the next published version.",
    reopen: "Open a new plenary",
    projector: "Open the projector view",
    editFahrplan: "Edit the Fahrplan",
    publish: "Publish a version …",
    project: "Put on the projector",
    projected: "On the projector",
    previous: "Previous entry",
    next: "Next entry",
    stopProjecting: "Clear the projector",
    comments: (count: number) => plural(count, "One comment", "# comments"),
    reply: "Answer",
    resolved: "resolved",
    saveReply: "Save the answer",
    by: (name: string) => `by ${name}`,
  },
  entry: {
    changed: "Changed during the plenary",
    tally: (consent: number, concern: number) => `${consent} consent · ${concern} concerns`,
    earlier: (count: number) => plural(count, "one of them on an earlier wording", "# of them on an earlier wording"),
  },
  voice: {
    legend: "Consent or concerns?",
    consent: "Consent",
    concern: "Concerns",
    comment: "Comment (optional)",
    commentHint: "At most 1,000 characters.",
    submit: "Give your voice",
    change: "Change your voice",
    yours: (voice: string) => `Your voice: ${voice}`,
    earlierWording: "The entry was changed after you voted. Please confirm or change your voice.",
    confirm: "Confirm your voice for the new wording",
    reply: (text: string) => `The moderators' answer: ${text}`,
    observer: "As an observer you follow the plenary without voting.",
    closed: "The plenary is closed: your voice stays as it is.",
  },
  follow: "Follow the projector",
  followHint: "Jumps to the entry being shown in the hall.",
  projector: {
    title: (event: string) => `Closing plenary – ${event}`,
    nothing: "Starting soon: no entry on the projector yet.",
    position: (index: number, total: number) => `Entry ${index} of ${total}`,
  },
  done: {
    open: "The closing plenary is open.",
    close: "The closing plenary is closed.",
    project: "The projector shows the chosen entry.",
    voice: "Your voice is saved.",
    answer: "The answer is saved.",
  },
  refusals: {
    "not-found": "This does not exist (any more). Please reload the page.",
    "not-open": "The closing plenary is not open.",
    "already-open": "The closing plenary is open already.",
    forbidden: "You may not do this in this plenary.",
    "invalid-input": "Please check your input.",
    commentTooLong: "At most 1,000 characters, please.",
  },
  publishWhileOpen: "The closing plenary is still in session. Close it before you publish a version.",
  result: (consent: number, concern: number) => `Closing plenary: ${consent} consent, ${concern} concerns`,
};
