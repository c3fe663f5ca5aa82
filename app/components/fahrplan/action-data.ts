import type { RoadmapEntry } from "../../../db/schema";

/** The entry form as the moderator typed it, every field as text. */
export interface TypedEntry {
  title: string;
  problemStatement: string;
  steps: string;
  responsibleParty: string;
  responsibleOther: string;
  timeHorizon: string;
  targetQuarter: string;
  priority: string;
  status: string;
}

/**
 * What the editor's action answers when it refuses something (success is a redirect). `target` says which
 * part of the page the refusal belongs to: `entry:<id>`, `section:<id>`, `add-section` or `page`.
 */
export interface FahrplanRefusal {
  error: string;
  target: string;
  fieldErrors: Record<string, string>;
  /** The typed values of a refused entry form, to show again instead of the saved ones. */
  values: TypedEntry | null;
  /** Set when a save was based on an outdated version: the entry as it is saved now. */
  conflict: { entryId: string; current: RoadmapEntry } | null;
}

/** The refusal that belongs to `target`, if the last submission was refused there. */
export function refusalFor(refusal: FahrplanRefusal | null | undefined, target: string): FahrplanRefusal | null {
  return refusal?.target === target ? refusal : null;
}
