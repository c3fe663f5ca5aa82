import { diffWords } from "diff";
import type { ContributionKind } from "../../shared/contribution-schema";
import type { TextDiff } from "../fahrplan/versions";
import { documentText, type RenderedBlock } from "./render-document";

/**
 * What changed between a snapshot and the document now, word by word, in the same form as the comparison
 * of Fahrplan versions (so the page reuses its rendering). `label` names the kinds of contributions.
 */
export function compareContent(
  snapshot: RenderedBlock[],
  now: RenderedBlock[],
  label: (kind: ContributionKind) => string,
): { diff: TextDiff; changed: boolean } {
  const before = documentText(snapshot, label);
  const after = documentText(now, label);
  const diff = diffWords(before, after).map((part) => ({
    value: part.value,
    added: Boolean(part.added),
    removed: Boolean(part.removed),
  }));
  return { diff, changed: before !== after };
}
