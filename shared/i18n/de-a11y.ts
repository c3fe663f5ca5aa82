/**
 * Texts that only assistive technology hears: summaries that a live region reads out instead of every
 * single change.
 */
export const deA11y = {
  /** How many others have the document open, said after people came or left (not on every keystroke). */
  othersPresent: (others: number) =>
    others === 0
      ? "Außer Ihnen ist gerade niemand im Dokument."
      : others === 1
        ? "Außer Ihnen ist 1 weitere Person im Dokument."
        : `Außer Ihnen sind ${others} weitere Personen im Dokument.`,
};
