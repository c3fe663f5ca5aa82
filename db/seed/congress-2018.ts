/**
 * The first event Fahrplan was built for, as announced in the invitation ("Save the date") of the
 * Thüringer E-Government-Initiative: five workshop tracks whose results are written down together as the
 * "Fahrplan für das Thüringer E-Government". Titles and subtopics are the invitation's own words.
 */
export const congress2018 = {
  slug: "thueringer-e-government-kongress-2018",
  title: "1. Thüringer E-Government-Kongress",
  startsOn: "2018-11-07",
  venue: "Arena Erfurt",
  tracks: [
    {
      slug: "ozg",
      title: "Umsetzung des Online-Zugangsgesetzes (OZG)",
      subtopics: [
        "Antragsverfahren online umsetzen",
        "Der bundesdeutsche Portalverbund",
        "meine-gemeinde.thueringen.de",
      ],
    },
    {
      slug: "interne-ablaeufe",
      title: "Digitalisierung interner Verwaltungsabläufe",
      subtopics: ["Elektronische Akte", "Elektronischer Datenaustausch", "Revisionssichere Ablage", "Prozesssteuerung"],
    },
    {
      slug: "it-infrastruktur",
      title: "IT-Infrastruktur – Hardware und Basisdienste",
      subtopics: [
        "Zentrale IT-Technik",
        "Landesdatennetz",
        "KIV",
        "e-PayBL als Bezahlkomponente",
        "Bürgerservicekonto",
      ],
    },
    {
      slug: "gesetz-und-regelungen",
      title: "Gesetz und Regelungen",
      subtopics: [
        "Finanzielle Förderung von E-Government in Kommunen",
        "Datenschutz",
        "Informationssicherheit im Land",
        "IT-Grundschutz für Kommunen",
      ],
    },
    {
      slug: "smart-government",
      title: "Smart Government – Innovative Ansätze",
      subtopics: [
        "Potential neuer Technologien",
        "Blockchain und Identitätsmanagement",
        "Innovation ELFE",
        "Anwendung Künstliche Intelligenz",
      ],
    },
  ],
} as const;
