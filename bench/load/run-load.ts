/**
 * The load benchmark (issue #7): every scenario against every target in one run, scenario by scenario,
 * so that Fahrplan and the reference servers meet the same machine state. Progress goes to stdout; the
 * result is returned for bench/run.ts to write.
 */
import { goalsOf, ratiosOf } from "./comparison";
import type { HotDocumentSteps, LoadResults, PerTarget } from "./load-results";
import { scenarioPlan } from "./scenario-plan";
import { type ColdLoadResult, runColdLoad } from "./scenarios/cold-load";
import { runJoinStorm } from "./scenarios/join-storm";
import { runPersistence } from "./scenarios/persistence";
import { runTyping, type TypingResult } from "./scenarios/typing-run";
import type { Target } from "./target";
import { loadTargets } from "./targets";

const log = (line: string) => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function perTarget<T>(
  scenario: string,
  targets: Target[],
  run: (target: Target) => Promise<T>,
): Promise<PerTarget<T>> {
  const results: PerTarget<T> = {};
  for (const target of targets) {
    log(`${scenario}: ${target.name} …`);
    try {
      results[target.name] = await run(target);
      log(`${scenario}: ${target.name} done ${brief(results[target.name])}`);
    } catch (error) {
      results[target.name] = { error: String(error instanceof Error ? error.message : error) };
      log(
        `${scenario}: ${target.name} FAILED ${results[target.name] && (results[target.name] as { error: string }).error}`,
      );
    }
  }
  return results;
}

/** One line of the headline figures of a result, for the progress output. */
function brief(result: unknown): string {
  const typing = result as Partial<TypingResult>;
  if (typing.latency) {
    return `p50 ${typing.latency.p50Ms} ms, p99 ${typing.latency.p99Ms} ms, lost ${typing.lost}, cpu ${typing.server?.cpuCoresMean}${typing.valid ? "" : " INVALID"}`;
  }
  return JSON.stringify(result).slice(0, 160);
}

export async function runLoadBench(options: { quick: boolean; only?: string[] }): Promise<LoadResults> {
  const plan = scenarioPlan(options.quick);
  const all = await loadTargets();
  const targets = options.only?.length
    ? all.filter((target) => options.only?.some((name) => target.name.includes(name)))
    : all;
  log(`targets: ${targets.map((target) => target.name).join(", ")}${options.quick ? " (quick)" : ""}`);
  const typing = { keysPerSecond: plan.keysPerSecond, cursors: true, seed: plan.seed, generators: plan.generators };

  const workshop = await perTarget("workshop", targets, (target) => runTyping(target, { ...typing, ...plan.workshop }));
  const headline = await perTarget("headline", targets, (target) =>
    runTyping(target, {
      ...typing,
      ...plan.headline,
      writers: plan.headline.documents * plan.headline.clientsPerDocument,
    }),
  );
  const hotDocument = await perTarget("hot document", targets, async (target) => {
    const steps: HotDocumentSteps["steps"] = [];
    for (const editors of plan.hotDocument.editors) {
      const load = {
        documents: 1,
        clientsPerDocument: editors,
        writers: editors,
        durationMs: plan.hotDocument.durationMs,
      };
      const result = await runTyping(target, { ...typing, ...load });
      steps.push({ editors, result });
      log(`  ${editors} editors: ${brief(result)}`);
      // Past the knee the figures only grow; the next steps would cost minutes and say nothing new.
      if ((result.latency.p99Ms ?? 0) > plan.hotDocument.kneeP99Ms) break;
    }
    const knee = steps.find((step) => (step.result.latency.p99Ms ?? 0) > plan.hotDocument.kneeP99Ms);
    return { steps, kneeAtEditors: knee?.editors ?? null };
  });
  const joinStorm = await perTarget("join storm", targets, (target) =>
    runJoinStorm(target, { ...plan.joinStorm, seed: plan.seed, generators: plan.generators }),
  );
  const coldLoad = await perTarget("cold load", targets, async (target) => {
    const results: ColdLoadResult[] = [];
    for (const storedUpdates of plan.coldLoad.storedUpdates) {
      for (const compacted of [false, true]) {
        results.push(await runColdLoad(target, { storedUpdates, compacted, repetitions: plan.coldLoad.repetitions }));
      }
    }
    return results;
  });
  log("persistence (Fahrplan's store, in process) …");
  const persistence = await runPersistence(plan.persistence);
  log(`persistence: commit p99 ${persistence.commits.p99Ms} ms, largest stall ${persistence.largestStallMs} ms`);

  const results = { workshop, headline, hotDocument, joinStorm, coldLoad, persistence };
  return {
    quick: options.quick,
    plan,
    targets: targets.map((target) => ({ name: target.name, persistsEveryUpdate: target.persistsEveryUpdate })),
    ...results,
    ratios: ratiosOf(results, targets),
    goals: goalsOf(results),
  };
}
