import type { Messages } from "./messages-type";

/**
 * English texts of the join QR codes (mirrors de-qr.ts). The printed handouts stay German (the server uses
 * the German texts for the PDF); these are the texts on screen.
 */
export const enQr: Messages["qr"] = {
  imageAlt: (trackTitle: string | null) =>
    trackTitle ? `QR code to join the workshop “${trackTitle}”` : "QR code to join this workshop",
  scanHint: "Scan the code or enter the address:",
  address: "Address",
  code: "Code",
  trackHandout: "Handout (PDF, German)",
  trackHandoutLabel: (trackTitle: string) => `Handout for “${trackTitle}” (PDF, German)`,
  eventHandout: "Handout for all workshops (PDF, German)",
  noCode: "This event has no valid join code. Please renew the code.",
  notFound: "This workshop does not exist.",
  eventNotFound: "This event does not exist.",
  handout: {
    documentTitle: (title: string) => `Handout: ${title}`,
    creator: "Fahrplan",
    workshop: "Workshop",
    subtopics: "Topics",
    figureAlt: (trackTitle: string) => `QR code with the link to join the workshop “${trackTitle}”`,
    howTo: "How to take part",
    steps: (joinAddress: string, code: string, trackTitle: string) => [
      `Scan the QR code with the camera of your phone or tablet. Or, on a laptop, open the address ${joinAddress} and enter the code ${code}.`,
      "Enter your name and, if you like, your organisation. You do not need an e-mail address or password.",
      `You are in the workshop “${trackTitle}”: write problem areas and proposed steps into the shared document. Everyone sees them at once.`,
    ],
    linkLabel: "Direct link with code:",
  },
};
