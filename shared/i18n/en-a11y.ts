import type { deA11y } from "./de-a11y";
import { pluralFor } from "./plural";

const plural = pluralFor("en-GB");

/** English of de-a11y.ts: what only assistive technology hears. */
export const enA11y: typeof deA11y = {
  othersPresent: (others: number) =>
    others === 0
      ? "Nobody else has the document open."
      : plural(others, "# other person has the document open.", "# other people have the document open."),
};
