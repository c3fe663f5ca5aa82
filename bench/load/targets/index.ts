/**
 * Every target of the load benchmark: Fahrplan first, then whatever reference targets exist in this
 * folder (y-websocket-2*.ts, hocuspocus*.ts; written separately). A reference module may export one
 * Target or an array of them; each is run with the same scenarios in the same run, and Fahrplan's
 * figures are reported as ratios to each of theirs.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Target } from "../target";
import { fahrplanTarget } from "./fahrplan";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REFERENCE_FILE = /^(y-websocket-2|hocuspocus).*\.ts$/;

function isTarget(value: unknown): value is Target {
  const candidate = value as Partial<Target> | null;
  return (
    typeof candidate?.name === "string" &&
    typeof candidate.start === "function" &&
    typeof candidate.clientModule === "string"
  );
}

export async function loadTargets(): Promise<Target[]> {
  const targets: Target[] = [fahrplanTarget];
  const files = readdirSync(HERE)
    .filter((file) => REFERENCE_FILE.test(file))
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(`${HERE}${file}`).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      for (const candidate of Array.isArray(value) ? value : [value]) {
        if (isTarget(candidate) && !targets.some((target) => target.name === candidate.name)) targets.push(candidate);
      }
    }
  }
  return targets;
}
