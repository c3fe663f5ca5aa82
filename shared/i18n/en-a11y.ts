import type { deA11y } from "./de-a11y";

/** English of de-a11y.ts: what only assistive technology hears. */
export const enA11y: typeof deA11y = {
  othersPresent: (others: number) =>
    others === 0
      ? "Nobody else has the document open."
      : others === 1
        ? "1 other person has the document open."
        : `${others} other people have the document open.`,
};
