import type { RoadmapEntry } from "../../../db/schema";
import type { TypedEntry } from "./action-data";

/** An entry's saved fields as the form shows them: every field as text, steps one per line. */
export function typedOf(entry: RoadmapEntry): TypedEntry {
  return {
    title: entry.title,
    problemStatement: entry.problemStatement,
    steps: entry.steps.join("\n"),
    responsibleParty: entry.responsibleParty ?? "",
    responsibleOther: entry.responsibleOther ?? "",
    timeHorizon: entry.timeHorizon ?? "",
    targetQuarter: entry.targetQuarter ?? "",
    priority: entry.priority ?? "",
    status: entry.status,
  };
}
