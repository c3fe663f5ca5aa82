/**
 * The scenarios of issue #7 with their sizes, in a full and a `--quick` variant (short durations, fewer
 * steps: for development; its figures are not the benchmark's).
 */
export interface ScenarioPlan {
  seed: number;
  generators: number;
  workshop: { documents: number; clientsPerDocument: number; writers: number; durationMs: number };
  headline: { documents: number; clientsPerDocument: number; durationMs: number };
  hotDocument: { editors: number[]; durationMs: number; kneeP99Ms: number };
  joinStorm: { clients: number; storedUpdates: number };
  coldLoad: { storedUpdates: number[]; repetitions: number };
  persistence: { commits: number };
  keysPerSecond: number;
}

export function scenarioPlan(quick: boolean): ScenarioPlan {
  return {
    seed: 20181107, // the congress date; any fixed number makes runs comparable
    generators: 2,
    keysPerSecond: 5,
    // 500 connections in 20 documents, 30 % of them typing
    workshop: { documents: 20, clientsPerDocument: 25, writers: 150, durationMs: quick ? 5000 : 15_000 },
    // 5 documents × 100 editors, all typing
    headline: { documents: 5, clientsPerDocument: quick ? 40 : 100, durationMs: quick ? 5000 : 15_000 },
    hotDocument: {
      editors: quick ? [25, 100] : [25, 50, 100, 200, 400],
      durationMs: quick ? 4000 : 8000,
      kneeP99Ms: 100,
    },
    joinStorm: { clients: quick ? 30 : 100, storedUpdates: quick ? 10_000 : 100_000 },
    coldLoad: { storedUpdates: quick ? [10_000] : [10_000, 100_000], repetitions: quick ? 1 : 2 },
    persistence: { commits: quick ? 1000 : 5000 },
  };
}
