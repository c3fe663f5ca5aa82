import { fateText } from "../../shared/fassung";
import { dePublication } from "../../shared/i18n/de-publication";
import type { ExportInput } from "./export-input";
import { type ExportEntry, type ExportSource, entryLabels, kindLabel } from "./text/labels";

/**
 * Names the format rather than a place: installations are self-hosted under their own addresses, so the
 * schema is identified by this URN and shipped as docs/export-json-schema.json (whose `$id` it is).
 */
export const EXPORT_JSON_SCHEMA_ID = "urn:fahrplan:export-json-schema:1";

/** A stored code next to its German words, so that consumers need neither the code list nor German. */
interface Coded {
  code: string | null;
  label: string;
}

/**
 * The Fahrplan as open data: one JSON document, pretty-printed with two spaces, described by
 * docs/export-json-schema.json. Every field of every entry, with the stored codes (stable, for machines)
 * and their German labels (as printed). Contributors' organisations only when the moderator chose to
 * include them; otherwise the key is absent, not null. Every section is listed, also one without entries
 * (the data does not follow the printed layout's choice). `annex` is the fate of every contribution; null
 * in a Fassung published before it was recorded.
 */
export function renderJson(input: ExportInput): string {
  const { snapshot } = input;
  const document = {
    $schema: EXPORT_JSON_SCHEMA_ID,
    format: "fahrplan-export",
    formatVersion: 1,
    language: "de",
    title: snapshot.title,
    event: { title: snapshot.event.title, startsOn: snapshot.event.startsOn, venue: snapshot.event.venue },
    draft: input.publishedAt === null,
    version: versionOf(input),
    publication: input.snapshot.publication
      ? { title: input.snapshot.publication.title, note: input.snapshot.publication.note }
      : null,
    generatedAt: input.generatedAt,
    organisationsIncluded: input.includeOrganisations,
    sections: snapshot.sections.map((section) => ({
      title: section.title,
      entries: section.entries.map((entry) => entryOf(entry, input.includeOrganisations, input.publishedAt !== null)),
    })),
    plenaryClosedAt: input.snapshot.plenaryClosedAt ?? null,
    annex: input.snapshot.annex?.map((item) => annexItemOf(item, input.includeOrganisations)) ?? null,
    tracks: input.tracks.map((track) => ({ title: track.title, subtopics: [...track.subtopics] })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Null for the draft: a draft has neither a publication date nor a checksum to cite. */
function versionOf(input: ExportInput) {
  if (input.publishedAt === null) return null;
  return { label: input.versionLabel, publishedAt: input.publishedAt, contentHash: input.contentHash };
}

function entryOf(entry: ExportEntry, includeOrganisations: boolean, published: boolean) {
  const labels = entryLabels(entry, published);
  return {
    id: entry.id,
    title: entry.title,
    problemStatement: entry.problemStatement,
    steps: [...entry.steps],
    responsible: { code: entry.responsibleParty, other: entry.responsibleOther, label: labels.responsible },
    timeHorizon: { code: entry.timeHorizon, targetQuarter: entry.targetQuarter, label: labels.horizon },
    priority: coded(entry.priority, labels.priority),
    status: coded(entry.status, labels.status),
    votes: entry.votes,
    plenary: entry.plenary
      ? {
          consent: entry.plenary.consent,
          concern: entry.plenary.concern,
          onEarlierWording: entry.plenary.onEarlierWording,
        }
      : null,
    sources: entry.sources.map((source) => sourceOf(source, includeOrganisations)),
  };
}

function coded(code: string | null, label: string): Coded {
  return { code, label };
}

function sourceOf(source: ExportSource, includeOrganisations: boolean) {
  const base = { track: source.track, kind: coded(source.kind, kindLabel(source.kind)), text: source.text };
  return includeOrganisations ? { ...base, organisation: source.authorOrganisation } : base;
}

type AnnexItem = NonNullable<ExportInput["snapshot"]["annex"]>[number];

/** A contribution's fate with its code and the ids or numbers it refers to, and the sentence as printed. */
function annexItemOf(item: AnnexItem, includeOrganisations: boolean) {
  const { fate } = item;
  const base = {
    ref: item.ref,
    track: item.track,
    kind: coded(item.kind, kindLabel(item.kind)),
    text: item.text,
    fate: {
      code: fate.kind,
      label: fateText(fate, dePublication.annex),
      entryId: fate.kind === "adopted" ? fate.entryId : null,
      mergedWith: fate.kind === "adopted" ? [...fate.mergedWith] : [],
      duplicateOf: fate.kind === "duplicate" ? fate.of : null,
      reason: fate.kind === "rejected" ? fate.reason : null,
    },
  };
  return includeOrganisations ? { ...base, organisation: item.authorOrganisation } : base;
}
