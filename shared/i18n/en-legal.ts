import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/**
 * English texts of the privacy page, the accessibility statement and the participant's own data page
 * (mirrors de-legal.ts). The German texts are the binding ones; the operator adapts both.
 */
export const enLegal: Messages["legal"] = {
  footer: {
    label: "Legal",
    privacy: "Privacy",
    accessibility: "Accessibility",
    myContributions: "My contributions",
  },
  privacy: {
    title: "Privacy notice",
    intro:
      "Fahrplan processes only the data needed for working together on the results of the workshops. The controller is the body that runs this installation and hosts the event.",
    sections: [
      {
        heading: "What data we process",
        items: [
          "As a participant: the name you give when joining, optionally your organisation, a colour for your cursor, your contributions (problem areas and proposed steps) and your votes.",
          "As a moderator or administrator: the e-mail address and name of the account; the password only as a hash (scrypt).",
          "Technically necessary cookies: a session cookie (ends after 24 hours without use, after 7 days at the latest; for accounts after 2 and 12 hours respectively), a random visitor identifier used to limit failed attempts to join, and the language you chose.",
          "In the browser: a copy of your workshop's document and of your entries not yet sent, so that nothing is lost if the network fails. It stays on your device and is deleted when you log out.",
        ],
      },
      {
        heading: "What we do not do",
        items: [
          "We do not store IP addresses.",
          "No page loads anything from other servers: Fahrplan serves its fonts and scripts itself. There are no analytics or advertising services.",
          "Passwords, session identifiers and join codes appear in no log.",
        ],
      },
      {
        heading: "Security log",
        items: [
          "Logins, joins and changes to permissions are logged in order to detect misuse. People appear there only by an identifier; the e-mail address of a failed login attempt only as a pseudonym.",
          "Entries are deleted after the configured period (90 days by default).",
        ],
      },
      {
        heading: "After the event",
        items: [
          "The published Fahrplan names no participants; it names organisations only if the moderators explicitly choose so.",
          "After the event, the administrators can erase the names and organisations of all participants or replace them by pseudonyms (“Teilnehmende 1”, …). Texts and the Fahrplan are kept.",
        ],
      },
      {
        heading: "Your rights",
        items: [
          "You have the right of access, rectification, erasure, restriction of processing and data portability (Art. 15 to 20 GDPR), and the right to lodge a complaint with a supervisory authority – in Thuringia, the Thuringian Commissioner for Data Protection and Freedom of Information.",
          "You can view and download your own contributions at any time under “My contributions”.",
          "For anything else, please contact the moderators at the venue or the hosting body.",
        ],
      },
    ],
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "Fahrplan is meant to be usable by everyone. This statement applies to the pages of this installation and follows the German Accessible Information Technology Ordinance (BITV 2.0), which adopts the requirements of WCAG 2.1 (level AA).",
    sections: [
      {
        heading: "Compliance status",
        items: [
          "According to our testing, the pages are largely compliant with BITV 2.0. Every page is checked automatically with axe-core in both languages on every change; a keyboard-only run (joining, writing a problem area, voting) is part of the automated tests. Automated checks do not find every barrier; a test with screen readers is still to be done.",
        ],
      },
      {
        heading: "Operation",
        items: [
          "All functions can be reached with the keyboard; the focus is visible. “Skip to content” is at the start of every page.",
          "In a workshop's document, Ctrl+Alt+1 inserts a problem area and Ctrl+Alt+2 a proposed step. If you prefer not to work in the editor, for example with a screen reader, add contributions with the simple forms below the document.",
          "What others are doing is announced to screen readers in summary, not on every keystroke.",
        ],
      },
      {
        heading: "Known limitations",
        items: [
          "The other people's cursors are marked in colour; their names are also shown as text next to them and in the list of people present.",
          "The projector view is meant for large screens, not for operating the app.",
        ],
      },
      {
        heading: "Feedback and contact",
        items: [
          "If you notice barriers, please tell the moderators at the venue or the hosting body. We reply within two weeks.",
          "Enforcement procedure: if you do not receive a satisfactory answer, you can turn to the conciliation body under the Thuringian law on barrier-free access to the websites and mobile applications of public bodies.",
        ],
      },
    ],
    prepared: "This statement was prepared on 28 November 2026.",
  },
  myContributions: {
    title: "My contributions",
    intro: "Everything you have written in this event, with your name, as Fahrplan stored it.",
    onlyParticipants: "This page is for participants. Join the event to see your contributions.",
    identity: (name: string, organisation: string | null) =>
      organisation ? `You joined as ${name} (${organisation}).` : `You joined as ${name}.`,
    none: "You have not written any contributions yet.",
    count: (count: number) => plural(count, "# contribution", "# contributions"),
    deleted: "(deleted in the document)",
    downloadHeading: "Download",
    downloadJson: "Download as JSON (machine-readable)",
    downloadMarkdown: "Download as text (Markdown)",
    kinds: { problem: "Problem area", step: "Proposed step" },
    unknownFormat: "Unknown format: please use json or md.",
  },
};

/** English texts of the admin's erasure of participant identities (mirrors deErasure). */
export const enErasure: Messages["erasure"] = {
  heading: "After the event: erase or pseudonymise names",
  intro:
    "Texts and the Fahrplan are kept. Names disappear from the database, the documents, the history and all exports. All participants' sessions end. This cannot be undone.",
  modeLegend: "What should happen to the names?",
  pseudonymise: "Pseudonymise: “Teilnehmende 1”, “Teilnehmende 2” … – organisations are kept",
  erase: "Erase: everyone is called “Teilnehmende” – organisations are removed too",
  confirm: "I understand that this cannot be undone.",
  submit: "Replace names now",
  confirmRequired: "Please confirm that you understand this cannot be undone.",
  done: (participants: number, documents: number) =>
    `Done: ${participants} participants, ${documents} documents processed.`,
};
