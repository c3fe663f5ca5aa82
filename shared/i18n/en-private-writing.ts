import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English texts of private writing (mirrors de-private-writing.ts). */
export const enPrivateWriting: Messages["privateWriting"] = {
  heading: "Private writing",
  participantNotice: "Private writing: only the moderators see your new contributions until they are revealed",
  participantHint: "Write in your own draft below. The shared document above shows what has already been revealed.",
  draftHeading: "Your draft",
  draftTitle: (trackTitle: string) => `Your draft in ${trackTitle}`,
  loading: "Loading private writing …",
  moderator: {
    on: "Private writing is switched on: only the moderators see the participants' new contributions.",
    off: "Private writing is switched off: everyone writes directly into the shared document.",
    onlyInCollect: "Private writing is only possible in the phase “Collect”.",
    switchOn: "Switch on private writing",
    switchOff: "Switch off and reveal everything",
    reveal: "Reveal",
    revealHint: "Moves all contributions from the drafts into the shared document.",
    revealed: (count: number) =>
      plural(count, "# contribution has been revealed.", "# contributions have been revealed."),
    switchedOn: "Private writing is switched on.",
    switchedOff: "Private writing is switched off; all drafts have been revealed.",
    draftsHeading: "Participants' drafts",
    noDrafts: "Nobody has started a draft yet.",
    refresh: "Refresh list",
    draftOf: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
    draftTitle: (name: string) => `Draft by ${name}`,
  },
  refusals: {
    "not-found": "This workshop does not exist (any more).",
    forbidden: "Only the moderators of this workshop can control private writing.",
    "not-collecting": "Private writing is only possible in the phase “Collect”.",
    "invalid-input": "The request is incomplete or invalid.",
    unreachable: "The server cannot be reached right now. Please try again in a moment.",
  },
};
