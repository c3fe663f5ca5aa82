/**
 * The shape of a load benchmark's results (bench-results/<date>.json): raw figures per scenario and
 * target, and what comparison.ts derives from them. In a file of its own so that the runner and the
 * comparison both read it without importing each other.
 */
import type { ScenarioPlan } from "./scenario-plan";
import type { ColdLoadResult } from "./scenarios/cold-load";
import type { JoinStormResult } from "./scenarios/join-storm";
import type { PersistenceResult } from "./scenarios/persistence";
import type { TypingResult } from "./scenarios/typing-run";

export interface Comparison {
  fahrplan: number | null;
  reference: number | null;
  /** fahrplan / reference; below 1 is better for Fahrplan, except where `higherIsBetter`. */
  ratio: number | null;
  higherIsBetter: boolean;
  fahrplanBetter: boolean | null;
}

export type Ratios = Record<string, Record<string, Comparison>>;

export interface Goal {
  goal: string;
  value: number | string | null;
  limit: string;
  met: boolean;
}

export type PerTarget<T> = Record<string, T | { error: string }>;

export interface HotDocumentSteps {
  steps: { editors: number; result: TypingResult }[];
  /** The fewest editors at which p99 exceeded the limit; null if no step did. */
  kneeAtEditors: number | null;
}

export interface LoadResults {
  quick: boolean;
  plan: ScenarioPlan;
  targets: { name: string; persistsEveryUpdate: boolean }[];
  workshop: PerTarget<TypingResult>;
  headline: PerTarget<TypingResult>;
  hotDocument: PerTarget<HotDocumentSteps>;
  joinStorm: PerTarget<JoinStormResult>;
  coldLoad: PerTarget<ColdLoadResult[]>;
  persistence: PersistenceResult;
  ratios: Ratios;
  goals: Goal[];
}
