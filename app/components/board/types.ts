import type { BoardContribution } from "../../../server/fahrplan/board";
import type { DuplicateSuggestion, SimilarContribution } from "../../../server/fahrplan/duplicates";

/** The shapes the board's components receive from the route's loader (plain data, as serialised). */

/** One row of the list: a contribution with its curation status and votes. */
export type BoardRow = BoardContribution;

/** Any contribution of the event, briefly: for "Duplikat von …" and for choosing the original. */
export interface ContributionRef {
  id: string;
  kind: BoardContribution["kind"];
  trackTitle: string;
  excerpt: string;
  deleted: boolean;
}

/** An entry of the Fahrplan that contributions can be added to. */
export interface EntryChoice {
  id: string;
  title: string;
  sectionTitle: string;
}

export type Suggestion = DuplicateSuggestion;

/** Each open contribution's most similar ones, by its id. */
export type SimilarById = Record<string, SimilarContribution[]>;

export type Similar = SimilarContribution;

/** A choice of a select: its value and its visible label. */
export interface Choice {
  value: string;
  label: string;
}
