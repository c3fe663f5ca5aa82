/**
 * `npm run bench`: runs the benchmarks and writes their results to bench-results/<date>.json. The summary
 * in docs/benchmarks.md is written by hand from such a file (with the machine and date).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { runExportBench } from "./export-bench";

const started = new Date();
const exportResults = await runExportBench();
const result = {
  date: started.toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  export: exportResults,
};
mkdirSync("bench-results", { recursive: true });
const file = `bench-results/${started.toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`written to ${file}`);
