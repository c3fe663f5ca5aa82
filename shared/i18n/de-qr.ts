/**
 * Texts of the join QR codes (admin page, projector view) and of the printed handouts. The server uses
 * the handout texts too, for the PDF.
 */
export const deQr = {
  /** Alternative text of the QR image and the <title> inside the SVG. */
  imageAlt: (trackTitle: string | null) =>
    trackTitle ? `QR-Code zum Beitreten in den Workshop „${trackTitle}“` : "QR-Code zum Beitreten in diesen Workshop",
  scanHint: "Code scannen oder die Adresse eingeben:",
  address: "Adresse",
  code: "Code",
  trackHandout: "Handzettel (PDF)",
  trackHandoutLabel: (trackTitle: string) => `Handzettel für „${trackTitle}“ (PDF)`,
  eventHandout: "Handzettel für alle Workshops (PDF)",
  noCode: "Für diese Veranstaltung gibt es keinen gültigen Beitrittscode. Bitte erneuern Sie den Code.",
  notFound: "Diesen Workshop gibt es nicht.",
  eventNotFound: "Diese Veranstaltung gibt es nicht.",
  handout: {
    documentTitle: (title: string) => `Handzettel: ${title}`,
    creator: "Fahrplan",
    workshop: "Workshop",
    subtopics: "Themen",
    figureAlt: (trackTitle: string) => `QR-Code mit dem Link zum Beitreten in den Workshop „${trackTitle}“`,
    howTo: "So machen Sie mit",
    steps: (joinAddress: string, code: string, trackTitle: string) => [
      `Scannen Sie den QR-Code mit der Kamera Ihres Handys oder Tablets. Oder öffnen Sie am Laptop die Adresse ${joinAddress} und geben Sie den Code ${code} ein.`,
      "Geben Sie Ihren Namen ein, wenn Sie möchten auch Ihre Organisation. E-Mail-Adresse und Passwort brauchen Sie nicht.",
      `Sie sind im Workshop „${trackTitle}“: Schreiben Sie Problemfelder und Lösungsschritte in das gemeinsame Dokument. Alle sehen sie sofort.`,
    ],
    linkLabel: "Direkter Link mit Code:",
  },
};
