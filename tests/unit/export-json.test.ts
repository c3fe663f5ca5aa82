import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../server/export/render-json";
import { deFahrplan, labelOf } from "../../shared/i18n/de-fahrplan";
import {
  allEntries,
  exportFixture,
  FIXTURE_ENTRY_COUNT,
  FIXTURE_REJECTED_TEXT,
  FIXTURE_REJECTION_REASON,
  fixtureEntryTitle,
  germanLabels,
} from "../support/export-fixture";

const ENTRY_COUNT = FIXTURE_ENTRY_COUNT;
const fields = deFahrplan.fields;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const schema = JSON.parse(
  readFileSync(new URL("../../docs/export-json-schema.json", import.meta.url), "utf8"),
) as Schema;

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOf(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * A small structural check against the schema (no validator dependency): `$ref` into `$defs`, `type`,
 * `const`, `required`, `properties` and `items`. Stricter than the schema in one way: every key the export
 * writes has to be described in it, so that the documentation cannot fall behind.
 */
function checkAgainstSchema(value: Json, node: Schema, path: string, problems: string[]): void {
  const ref = node.$ref;
  if (typeof ref === "string") {
    const target = (schema.$defs as { [key: string]: Json })[ref.replace("#/$defs/", "")];
    if (!isObject(target)) problems.push(`${path}: unresolved ${ref}`);
    else checkAgainstSchema(value, target, path, problems);
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
    problems.push(`${path}: ${actual} is not ${types.join("|")}`);
  }
  if ("const" in node && JSON.stringify(node.const) !== JSON.stringify(value)) problems.push(`${path}: not const`);
  if (isObject(value)) {
    for (const key of (node.required ?? []) as string[]) {
      if (!(key in value)) problems.push(`${path}: missing ${key}`);
    }
    const properties = node.properties;
    if (isObject(properties)) {
      for (const [key, child] of Object.entries(value)) {
        const sub = properties[key];
        if (!isObject(sub)) problems.push(`${path}: ${key} is not in the schema`);
        else checkAgainstSchema(child, sub, `${path}.${key}`, problems);
      }
    }
  }
  if (Array.isArray(value) && isObject(node.items)) {
    const items = node.items;
    value.forEach((item, index) => {
      checkAgainstSchema(item, items, `${path}[${index}]`, problems);
    });
  }
}

function schemaProblems(value: Json): string[] {
  const problems: string[] = [];
  checkAgainstSchema(value, schema, "$", problems);
  return problems;
}

interface JsonExport {
  $schema: string;
  draft: boolean;
  version: { label: string; publishedAt: string; contentHash: string } | null;
  sections: {
    title: string;
    entries: {
      id: string;
      title: string;
      problemStatement: string;
      steps: string[];
      responsible: { code: string | null; other: string | null; label: string };
      timeHorizon: { code: string | null; targetQuarter: string | null; label: string };
      priority: { code: string | null; label: string };
      status: { code: string; label: string };
      votes: number;
      sources: { track: string; kind: { code: string; label: string }; text: string; organisation?: string | null }[];
    }[];
  }[];
  tracks: { title: string; subtopics: string[] }[];
}

describe("JSON export", () => {
  it("is pretty-printed JSON that matches the schema's structure", () => {
    const json = renderJson(exportFixture(ENTRY_COUNT));
    expect(json).toMatch(/^\{\n {2}"\$schema": /);
    const data = JSON.parse(json) as Json;
    expect(schemaProblems(data)).toEqual([]);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((data as unknown as JsonExport).$schema).toBe(schema.$id);
    for (const variant of [exportFixture(ENTRY_COUNT, { draft: true }), exportFixture(0)]) {
      expect(schemaProblems(JSON.parse(renderJson(variant)) as Json)).toEqual([]);
    }
  });

  it("the structural check notices what is missing, mistyped or undocumented", () => {
    const data = JSON.parse(renderJson(exportFixture(2))) as JsonExport & { [key: string]: unknown };
    const entry = data.sections[0]?.entries[0] as unknown as { [key: string]: unknown };
    delete entry.votes;
    entry.extra = 1;
    data.formatVersion = "1";
    expect(schemaProblems(data as unknown as Json)).toEqual([
      "$.formatVersion: not const",
      "$.sections[0].entries[0]: missing votes",
      "$.sections[0].entries[0]: extra is not in the schema",
    ]);
  });

  it("carries every field of every entry, with codes and German labels, in order", () => {
    const input = exportFixture(ENTRY_COUNT);
    const data = JSON.parse(renderJson(input)) as JsonExport;
    expect(data.draft).toBe(false);
    expect(data.version).toEqual({
      label: "Fassung 1.0",
      publishedAt: input.publishedAt,
      contentHash: input.contentHash,
    });
    expect(data.sections.map((section) => section.title)).toEqual(input.snapshot.sections.map((s) => s.title));
    const entries = data.sections.flatMap((section) => section.entries);
    expect(entries.map((entry) => entry.title)).toEqual(
      Array.from({ length: ENTRY_COUNT }, (_, n) => fixtureEntryTitle(n)),
    );
    allEntries(input).forEach((expected, index) => {
      const entry = entries[index];
      const [responsible, horizon, priority, status] = germanLabels(expected);
      expect(entry).toEqual({
        id: expected.id,
        title: expected.title,
        problemStatement: expected.problemStatement,
        steps: expected.steps,
        responsible: { code: expected.responsibleParty, other: expected.responsibleOther, label: responsible },
        timeHorizon: { code: expected.timeHorizon, targetQuarter: expected.targetQuarter, label: horizon },
        priority: { code: expected.priority, label: priority },
        status: { code: expected.status, label: status },
        votes: expected.votes,
        plenary: expected.plenary ?? null,
        sources: expected.sources.map((source) => ({
          track: source.track,
          kind: { code: source.kind, label: labelOf(fields.kinds, source.kind) },
          text: source.text,
          organisation: source.authorOrganisation,
        })),
      });
    });
    expect(data.tracks).toEqual(input.tracks);
  });

  it("carries the Fassung's title and note, and every contribution's fate with its codes", () => {
    const document = JSON.parse(renderJson(exportFixture(10)));
    expect(document.publication).toEqual({
      title: "Ergebnis des Kongresses",
      note: "beschlossen im Abschlussplenum am 7. November 2018",
    });
    const rejected = document.annex.find((item: { text: string }) => item.text === FIXTURE_REJECTED_TEXT);
    expect(rejected.fate).toEqual({
      code: "rejected",
      label: `Nicht aufgenommen. Begründung: ${FIXTURE_REJECTION_REASON}`,
      entryId: null,
      mergedWith: [],
      duplicateOf: null,
      reason: FIXTURE_REJECTION_REASON,
    });
    expect(rejected.organisation).toBe("Landkreis Gotha");
    const adopted = document.annex.find((item: { fate: { code: string } }) => item.fate.code === "adopted");
    expect(adopted.fate.entryId).toBe("entry-0");
    expect(adopted.fate.mergedWith).toHaveLength(1);
    expect(JSON.parse(renderJson(exportFixture(1, { draft: true }))).publication).toBeNull();
  });

  it("leaves organisations out entirely when they are not to be included", () => {
    const json = renderJson({ ...exportFixture(ENTRY_COUNT), includeOrganisations: false });
    expect(json).not.toContain("Stadt Erfurt");
    const data = JSON.parse(json) as JsonExport & { organisationsIncluded: boolean };
    expect(data.organisationsIncluded).toBe(false);
    for (const source of data.sections.flatMap((s) => s.entries.flatMap((e) => e.sources))) {
      expect(Object.keys(source)).toEqual(["track", "kind", "text"]);
    }
  });

  it("has no version but the draft flag for a draft", () => {
    const data = JSON.parse(renderJson(exportFixture(ENTRY_COUNT, { draft: true }))) as JsonExport;
    expect(data.draft).toBe(true);
    expect(data.version).toBeNull();
  });
});
