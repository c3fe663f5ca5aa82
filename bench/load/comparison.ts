/**
 * Fahrplan against the references (ratios) and against the targets of issue #7 (goals). Both are derived
 * from the raw results, so the JSON can be re-evaluated without running again.
 */
import type { Comparison, Goal, LoadResults, Ratios } from "./load-results";
import type { Target } from "./target";

type Results = Pick<LoadResults, "workshop" | "headline" | "hotDocument" | "joinStorm" | "coldLoad" | "persistence">;

const FAHRPLAN = "fahrplan";

function ok<T>(value: T | { error: string } | undefined): T | null {
  return value && !(typeof value === "object" && value !== null && "error" in value) ? (value as T) : null;
}

/** The figures compared, per target: name → how to read it from the results, and which way is better. */
function metrics(results: Results, name: string): Record<string, [number | null, boolean]> {
  const workshop = ok(results.workshop[name]);
  const headline = ok(results.headline[name]);
  const hot = ok(results.hotDocument[name]);
  const storm = ok(results.joinStorm[name]);
  const cold = ok(results.coldLoad[name]) ?? [];
  const figures: Record<string, [number | null, boolean]> = {
    "workshop p99 ms": [workshop?.latency.p99Ms ?? null, false],
    "workshop server CPU (cores)": [workshop?.server.cpuCoresMean ?? null, false],
    "workshop server RSS MB": [workshop?.server.rssMbMax ?? null, false],
    "workshop server event-loop max ms": [workshop?.server.eventLoopDelayMaxMs ?? null, false],
    "headline p50 ms": [headline?.latency.p50Ms ?? null, false],
    "headline p99 ms": [headline?.latency.p99Ms ?? null, false],
    "headline server CPU (cores)": [headline?.server.cpuCoresMean ?? null, false],
    // A target without a knee within the steps gets the largest step (a lower bound of its knee).
    "hot document knee (editors)": [hot ? (hot.kneeAtEditors ?? hot.steps.at(-1)?.editors ?? null) : null, true],
    "join storm all synced ms": [storm && storm.failed === 0 ? storm.allSyncedAfterMs : null, false],
  };
  for (const entry of cold) {
    figures[`cold load ${entry.storedUpdates / 1000}k ${entry.compacted ? "compacted" : "log"} ms`] = [
      entry.medianMs,
      false,
    ];
  }
  return figures;
}

export function ratiosOf(results: Results, targets: Target[]): Ratios {
  const ours = metrics(results, FAHRPLAN);
  const ratios: Ratios = {};
  for (const target of targets) {
    if (target.name === FAHRPLAN) continue;
    const theirs = metrics(results, target.name);
    ratios[target.name] = {};
    for (const [metric, [fahrplan, higherIsBetter]] of Object.entries(ours)) {
      const reference = theirs[metric]?.[0] ?? null;
      const ratio = fahrplan !== null && reference ? Math.round((fahrplan / reference) * 100) / 100 : null;
      const fahrplanBetter =
        fahrplan === null || reference === null ? null : higherIsBetter ? fahrplan >= reference : fahrplan <= reference;
      (ratios[target.name] as Record<string, Comparison>)[metric] = {
        fahrplan,
        reference,
        ratio,
        higherIsBetter,
        fahrplanBetter,
      };
    }
  }
  return ratios;
}

export function goalsOf(results: Results): Goal[] {
  const workshop = ok(results.workshop[FAHRPLAN]);
  const headline = ok(results.headline[FAHRPLAN]);
  const hot = ok(results.hotDocument[FAHRPLAN]);
  const storm = ok(results.joinStorm[FAHRPLAN]);
  const cold = ok(results.coldLoad[FAHRPLAN]) ?? [];
  const cold100k = cold.filter((entry) => entry.storedUpdates === 100_000);
  const atMost = (goal: string, value: number | null | undefined, limit: number, unit: string): Goal => ({
    goal,
    value: value ?? null,
    limit: `≤ ${limit} ${unit}`,
    met: value !== null && value !== undefined && value <= limit,
  });
  const typingRuns = [workshop, headline, ...(hot?.steps.map((step) => step.result) ?? [])].filter(
    (run) => run !== null,
  );
  const lost = typingRuns.reduce((sum, run) => sum + (run?.lost ?? 0), 0);
  const knee = hot ? (hot.kneeAtEditors ?? null) : null;
  const largestStep = hot?.steps.at(-1)?.editors ?? 0;
  return [
    atMost("workshop p99", workshop?.latency.p99Ms, 25, "ms"),
    atMost("workshop server CPU (mean)", workshop?.server.cpuCoresMean, 0.6, "cores"),
    atMost("workshop server RSS (max)", workshop?.server.rssMbMax, 300, "MB"),
    atMost("headline p50", headline?.latency.p50Ms, 10, "ms"),
    atMost("headline p99", headline?.latency.p99Ms, 50, "ms"),
    {
      goal: "hot document knee (p99 > 100 ms)",
      value: knee ?? (hot ? `none up to ${largestStep}` : null),
      limit: "≥ 300 editors",
      met: hot !== null && (knee === null ? largestStep >= 300 : knee >= 300),
    },
    ...cold100k.map((entry) =>
      atMost(`cold load 100k (${entry.compacted ? "compacted" : "update log"})`, entry.medianMs, 60, "ms"),
    ),
    {
      goal: "join storm: document loaded once",
      value: storm?.documentLoads ?? null,
      limit: "= 1",
      met: storm?.documentLoads === 1,
    },
    atMost("join storm: all synced", storm && storm.failed === 0 ? storm.allSyncedAfterMs : null, 1000, "ms"),
    atMost("largest SQLite stall", results.persistence.largestStallMs, 10, "ms"),
    { goal: "lost deliveries (all typing runs)", value: lost, limit: "= 0", met: lost === 0 && typingRuns.length > 0 },
  ];
}
