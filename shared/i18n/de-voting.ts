/**
 * Texts of the dot voting (panel on the track page, and the messages of the votes route), hooked into the
 * catalogue as `de.voting`.
 */
export const deVoting = {
  heading: "Abstimmung",
  intro: "Verteilen Sie Ihre Stimmen auf die Problemfelder und Lösungsschritte, die Ihnen am wichtigsten sind.",
  loading: "Die Abstimmung wird geladen …",
  closed: "Die Abstimmung ist derzeit geschlossen.",
  noContributions: "Es gibt noch keine Beiträge, über die abgestimmt werden kann.",
  countsHiddenNote: "Der Zwischenstand wird erst am Ende gezeigt.",
  kinds: { problem: "Problemfeld", step: "Lösungsschritt" },
  by: (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name),
  listLabel: "Beiträge zur Abstimmung",
  addVote: (excerpt: string) => `Stimme für „${excerpt}“ vergeben`,
  removeVote: (excerpt: string) => `Stimme für „${excerpt}“ zurücknehmen`,
  mine: (count: number) => `Ihre Stimmen: ${count}`,
  total: (count: number) => `Stimmen insgesamt: ${count}`,
  remaining: (remaining: number, budget: number) => `Sie haben noch ${remaining} von ${budget} Stimmen.`,
  limits: (maxPerItem: number) => `Höchstens ${maxPerItem} Stimmen pro Beitrag.`,
  settings: {
    heading: "Einstellungen der Abstimmung",
    open: "Abstimmung geöffnet",
    budget: "Stimmen pro Person",
    budgetHint: "1 bis 50.",
    maxPerItem: "Höchstens Stimmen pro Beitrag",
    maxPerItemHint: "Nicht mehr als die Stimmen pro Person.",
    countsVisible: "Zwischenstand für Teilnehmende sichtbar",
    save: "Speichern",
    saved: "Die Einstellungen sind gespeichert.",
    budgetInvalid: "Bitte geben Sie eine ganze Zahl von 1 bis 50 an.",
    maxPerItemInvalid: "Bitte geben Sie eine ganze Zahl von 1 bis 50 an.",
    maxPerItemAboveBudget: "Pro Beitrag können nicht mehr Stimmen vergeben werden als pro Person.",
  },
  /** Answers of the votes route when it refuses something, by reason. */
  refusals: {
    "not-found": "Diesen Beitrag gibt es nicht (mehr).",
    "voting-closed": "Die Abstimmung ist geschlossen.",
    "item-limit": "Für diesen Beitrag haben Sie schon die höchste Zahl an Stimmen vergeben.",
    "budget-exhausted": "Sie haben alle Ihre Stimmen vergeben. Nehmen Sie eine zurück, um neu zu verteilen.",
    "nothing-to-remove": "Sie haben für diesen Beitrag keine Stimme vergeben.",
    "invalid-settings": "Bitte prüfen Sie die Einstellungen.",
    "invalid-input": "Die Anfrage enthält ungültige Angaben.",
    "only-participants": "Abstimmen können nur Teilnehmende der Veranstaltung.",
    forbidden: "Dafür fehlt Ihnen die Berechtigung.",
    /** The request did not reach the server (network gone, server restarting); nothing was changed. */
    unreachable: "Die Abstimmung ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
  },
} as const;

export type VotingRefusalReason = keyof typeof deVoting.refusals;
