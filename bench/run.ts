/**
 * `npm run bench`: runs the benchmarks and writes their results to bench-results/<date>.json. The summary
 * in docs/benchmarks.md is written by hand from such a file (with the machine and date).
 *
 * Options: `--quick` (short load runs with fewer steps, for development; not the benchmark's figures),
 * `--load-only` / `--export-only` / `--plenary-only` / `--search-only`, `--target=<part of a name>`
 * (repeatable) to run only some load targets.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { runExportBench } from "./export-bench";
import { runLoadBench } from "./load/run-load";
import { runPlenaryBench } from "./plenary-bench";
import { runSearchEval } from "./search-eval";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.filter((arg) => arg.startsWith("--target=")).map((arg) => arg.slice("--target=".length));

const started = new Date();
console.log(`bench started ${started.toISOString()}${quick ? " (quick)" : ""}`);
const onlyOne = ["--load-only", "--export-only", "--plenary-only", "--search-only"].find((flag) => args.includes(flag));
const runs = (flag: string) => onlyOne === undefined || onlyOne === flag;
const exportResults = runs("--export-only") ? await runExportBench() : null;
const loadResults = runs("--load-only") ? await runLoadBench({ quick, only }) : null;
const plenaryResults = runs("--plenary-only") ? await runPlenaryBench({ quick }) : null;
const searchResults = runs("--search-only") ? runSearchEval() : null;
const result = {
  date: started.toISOString(),
  command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
  durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  export: exportResults,
  load: loadResults,
  plenary: plenaryResults,
  search: searchResults,
};
mkdirSync("bench-results", { recursive: true });
const file = `bench-results/${started.toISOString().replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
if (loadResults) {
  console.log("\nIssue #7 targets (Fahrplan):");
  for (const goal of loadResults.goals)
    console.log(`  ${goal.met ? "met   " : "MISSED"} ${goal.goal}: ${goal.value} (${goal.limit})`);
  for (const [reference, comparisons] of Object.entries(loadResults.ratios)) {
    console.log(`\nFahrplan / ${reference}:`);
    for (const [metric, c] of Object.entries(comparisons)) {
      console.log(
        `  ${metric}: ${c.fahrplan} / ${c.reference} = ${c.ratio}${c.fahrplanBetter === false ? "  (worse)" : ""}`,
      );
    }
  }
}
if (plenaryResults) console.log("\nPlenary:", JSON.stringify(plenaryResults, null, 2));
if (searchResults) console.log("\nSearch and duplicates (issue #16):", JSON.stringify(searchResults, null, 2));
console.log(`\nwritten to ${file}`);
