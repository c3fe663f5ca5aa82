/**
 * Prints the load section of docs/benchmarks.md (Markdown tables) from a results file:
 * `npx tsx bench/load/summary.ts bench-results/<date>.json`. The prose around the tables (why a goal was
 * missed) is written by hand.
 */
import { readFileSync } from "node:fs";
import type { LoadResults } from "./load-results";
import type { TypingResult } from "./scenarios/typing-run";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx bench/load/summary.ts bench-results/<file>.json");
const run = JSON.parse(readFileSync(file, "utf8")) as {
  date: string;
  command: string;
  durationSeconds: number;
  machine: { cpus: number; cpu: string; memoryGb: number; node: string };
  load: LoadResults;
};
const load = run.load;
const names = load.targets.map((target) => target.name);
const cell = (value: unknown) => (value === null || value === undefined ? "–" : String(value));

function table(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

/** A target that cannot run a scenario (memory only: no stored updates) says "not applicable". */
function notRun(error: string): string {
  return /not applicable/.test(error) ? "n/a" : `failed: ${error.split("\n")[0]?.slice(0, 80)}`;
}

function typingRow(name: string, result: TypingResult | { error: string } | undefined): unknown[] {
  if (!result) return [name, "not run"];
  if ("error" in result) return [name, notRun(result.error)];
  const { latency: l, server: s } = result;
  return [
    `${name}${result.valid ? "" : " (invalid)"}`,
    l.p50Ms,
    l.p95Ms,
    l.p99Ms,
    l.maxMs,
    `${result.deliveriesObserved}/${result.deliveriesExpected}`,
    `${result.messagesInPerSecond}/${result.messagesOutPerSecond}`,
    s.cpuCoresMean,
    s.rssMbMax,
    s.eventLoopDelayMaxMs,
  ];
}

const typingHeader = [
  "target",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "max ms",
  "delivered/expected",
  "msg/s in/out",
  "CPU cores",
  "RSS MB",
  "loop delay max ms",
];
const out: string[] = [];
out.push(
  `Machine: ${run.machine.cpus} cores (${run.machine.cpu}), ${run.machine.memoryGb} GB, Node.js ${run.machine.node}. Command: \`${run.command}\`, ${run.date}, ${Math.round(run.durationSeconds / 60)} min.`,
);
out.push(
  "",
  "### Workshop",
  "",
  table(
    typingHeader,
    names.map((name) => typingRow(name, load.workshop[name])),
  ),
);
out.push(
  "",
  "### Headline",
  "",
  table(
    typingHeader,
    names.map((name) => typingRow(name, load.headline[name])),
  ),
);
out.push("", "### Hot document", "");
const hotRows: unknown[][] = [];
for (const name of names) {
  const hot = load.hotDocument[name];
  if (!hot || "error" in hot) {
    hotRows.push([name, hot ? notRun(hot.error) : "not run"]);
    continue;
  }
  for (const step of hot.steps) hotRows.push(typingRow(`${name}, ${step.editors} editors`, step.result));
}
out.push(table(typingHeader, hotRows));
out.push("", "### Join storm and cold load", "");
out.push(
  table(
    [
      "target",
      "join storm: all synced ms",
      "join→synced p99 ms",
      "loads",
      ...load.plan.coldLoad.storedUpdates.flatMap((n) => [
        `cold ${n / 1000}k log ms`,
        `cold ${n / 1000}k compacted ms`,
      ]),
    ],
    names.map((name) => {
      const storm = load.joinStorm[name];
      const cold = load.coldLoad[name];
      const stormCells = !storm
        ? ["–", "–", "–"]
        : "error" in storm
          ? [notRun(storm.error), "–", "–"]
          : [storm.allSyncedAfterMs, storm.joinToSynced.p99Ms, storm.documentLoads];
      const coldCells = load.plan.coldLoad.storedUpdates.flatMap((n) =>
        [false, true].map((compacted) =>
          !cold
            ? null
            : "error" in cold
              ? notRun(cold.error)
              : cold.find((c) => c.storedUpdates === n && c.compacted === compacted)?.medianMs,
        ),
      );
      return [name, ...stormCells, ...coldCells];
    }),
  ),
);
const p = load.persistence;
out.push("", "### Persistence (Fahrplan's SQLite store)", "");
out.push(
  table(
    ["", "p50 ms", "p99 ms", "max ms"],
    [
      ["commit of one keystroke", p.commits.p50Ms, p.commits.p99Ms, p.commits.maxMs],
      ["compaction of 500 updates", p.compactions.p50Ms, p.compactions.p99Ms, p.compactions.maxMs],
    ],
  ),
);
out.push("", "### Fahrplan as a ratio to each reference (below 1 is better, except the knee)", "");
const references = Object.keys(load.ratios);
const metrics = Object.keys(load.ratios[references[0] ?? ""] ?? {});
out.push(
  table(
    ["metric", ...references],
    metrics.map((metric) => [metric, ...references.map((ref) => load.ratios[ref]?.[metric]?.ratio)]),
  ),
);
out.push("", "### Targets of issue #7", "");
out.push(
  table(
    ["goal", "Fahrplan", "target", "met"],
    load.goals.map((goal) => [goal.goal, goal.value, goal.limit, goal.met ? "yes" : "**no**"]),
  ),
);
console.log(out.join("\n"));
