/**
 * The English catalogue: the same keys as the German one in messages.ts (the type `Messages` makes any
 * missing or extra key a type error). British English; the domain terms are used the same way everywhere:
 * Problemfeld = problem area, Lösungsschritt = proposed step, Veranstaltung = event, Workshop = workshop,
 * Moderation = moderation/moderator, Fahrplan stays "Fahrplan" (introduced as "Fahrplan (roadmap)").
 */
import { enA11y } from "./en-a11y";
import { enAdmin } from "./en-admin";
import { enBoard } from "./en-board";
import { enExport } from "./en-export";
import { enFahrplan } from "./en-fahrplan";
import { enHistory } from "./en-history";
import { enErasure, enLegal } from "./en-legal";
import { enOffline } from "./en-offline";
import { enPlenary } from "./en-plenary";
import { enPrivateWriting } from "./en-private-writing";
import { enPublication } from "./en-publication";
import { enQr } from "./en-qr";
import { enSearch } from "./en-search";
import { enVoting } from "./en-voting";
import { enWorkshop } from "./en-workshop";
import { formatsFor } from "./format";
import type { Messages } from "./messages-type";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

const minutes = (seconds: number) => plural(Math.ceil(seconds / 60), "# minute", "# minutes");

export const en: Messages = {
  appName: "Fahrplan",
  dismiss: "Close",
  skipToContent: "Skip to content",
  nav: {
    label: "Main navigation",
    home: "Overview",
    join: "Join",
    login: "Log in",
    logout: "Log out",
    moderation: "Moderation",
    admin: "Administration",
    signedInAs: (name: string) => `Logged in as ${name}`,
    observer: "Observer (read only)",
  },
  join: {
    title: "Join an event",
    intro: "Enter the event code you were given at the venue, and the name the others should see.",
    code: "Event code",
    codeHint: "For example K7M2Q-9XH4T. Upper or lower case does not matter.",
    displayName: "Your name",
    displayNameHint: "Shown next to your cursor and with your contributions.",
    organisation: "Your organisation (optional)",
    organisationHint: "For example your municipality or authority.",
    submit: "Join",
    wrongCode: "This code is not valid. Please check it.",
    tooManyAttempts: (seconds: number) => `Too many attempts. Please wait ${minutes(seconds)} and then try again.`,
    nameRequired: "Please enter a name.",
    nameTooLong: "Please use at most 60 characters.",
    organisationTooLong: "Please use at most 100 characters.",
    codeRequired: "Please enter the code.",
  },
  login: {
    title: "Log in",
    intro: "For moderation and administration. Participants join with the event code.",
    email: "E-mail address",
    password: "Password",
    submit: "Log in",
    failed: "The e-mail address or password is wrong.",
    tooManyAttempts: (seconds: number) => `Too many failed attempts. Please wait ${minutes(seconds)}.`,
    emailRequired: "Please enter your e-mail address.",
    passwordRequired: "Please enter your password.",
  },
  observe: {
    title: "Open the observer view",
    intro: "With this link you see the documents live without being able to write – for a projector, say.",
    submit: "Open view",
    invalid: "This link is no longer valid.",
  },
  contributions: {
    kind: { problem: "Problem area", step: "Proposed step" },
    byline: (name: string, organisation: string | null) =>
      organisation ? `by ${name} (${organisation})` : `by ${name}`,
    unattributed: "Finding the author …",
    noLinks: "Not yet linked to a problem area.",
    linkedTo: (labels: string[]) => `Refers to: ${labels.map((label) => `“${label}”`).join(", ")}`,
    chooseLinks: "Link problem areas",
    linksLegend: "Which problem areas does this step address?",
    noProblemsYet: "There are no problem areas yet.",
    toolbarLabel: "Insert contributions",
    addProblem: "Problem area",
    addStep: "Proposed step",
    shortcutHint: (keys: string) => `Keyboard shortcut: ${keys}`,
    shortcuts: { problem: "Ctrl+Alt+1", step: "Ctrl+Alt+2" },
    showAuthors: "Show authorship",
    slashHint: "Tip: “/problem” or “/step” and a space at the start of a line also insert a contribution.",
    formsHeading: "Add contributions without the editor",
    problemFormHeading: "New problem area",
    problemLabel: "Text of the problem area",
    problemSubmit: "Add problem area",
    stepFormHeading: "Add a proposed step",
    stepLabel: "Text of the proposed step",
    stepLinksLegend: "Refers to (optional)",
    stepSubmit: "Add proposed step",
    textRequired: "Please enter a text.",
    added: (kind: string) => `${kind} added.`,
  },
  moderation: {
    title: "Moderation",
    intro: "The workshops you moderate.",
    none: "You have not been assigned a workshop yet.",
    write: "you can write",
    read: "read only",
  },
  admin: enAdmin,
  board: enBoard,
  fahrplan: enFahrplan,
  publication: enPublication,
  plenary: enPlenary,
  export: enExport,
  search: enSearch,
  voting: enVoting,
  privateWriting: enPrivateWriting,
  legal: enLegal,
  erasure: enErasure,
  history: enHistory,
  qr: enQr,
  workshop: enWorkshop,
  offline: enOffline,
  a11y: enA11y,
  home: {
    title: "Events",
    tracksHeading: "Workshops",
    noEvents: "There is no event yet.",
    joinPrompt: "Taking part? Join with the code you were given at the venue.",
    joinAction: "Join with a code",
    loginPrompt: "Moderation and administration:",
    loginAction: "Log in",
  },
  track: {
    backToEvent: "Back to the overview",
    subtopics: "Topics",
    editorLabel: (title: string) => `Shared document of the workshop “${title}”`,
    loadingEditor: "Loading the document …",
    notFound: "This workshop does not exist.",
    readOnly: "You are only viewing this document; you cannot write here.",
  },
  presence: {
    heading: "Present",
    you: "(you)",
    nobodyElse: "Nobody else is here at the moment.",
  },
  errors: {
    title: "Something went wrong",
    notFound: "This page does not exist.",
    forbidden: "You do not have permission to do that.",
    errorId: (id: string) => `Error ID: ${id}`,
    generic: "The page could not be displayed. Please try again.",
    backHome: "Go to the home page",
  },
  format: formatsFor("en-GB"),
  dateFormat: (isoDate: string) => formatsFor("en-GB").date(isoDate),
  forms: {
    unreadable: "The form could not be read.",
    invalid: "The form contains invalid entries.",
  },
  language: {
    label: "Language",
  },
};
