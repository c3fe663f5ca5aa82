import { pluralFor } from "./plural";

const plural = pluralFor("de-DE");

/**
 * Texts that only assistive technology hears: summaries that a live region reads out instead of every
 * single change.
 */
export const deA11y = {
  /** How many others have the document open, said after people came or left (not on every keystroke). */
  othersPresent: (others: number) =>
    others === 0
      ? "Außer Ihnen ist gerade niemand im Dokument."
      : plural(
          others,
          "Außer Ihnen ist # weitere Person im Dokument.",
          "Außer Ihnen sind # weitere Personen im Dokument.",
        ),
};
