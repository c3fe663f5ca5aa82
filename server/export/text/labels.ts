import { de } from "../../../shared/i18n/de";
import {
  deFahrplan,
  formatPublishedAt,
  horizonLabel,
  labelOf,
  responsibleLabel,
} from "../../../shared/i18n/de-fahrplan";
import type { RoadmapSnapshot } from "../../fahrplan/versions";
import type { ExportInput } from "../export-input";

export type ExportEntry = RoadmapSnapshot["sections"][number]["entries"][number];
export type ExportSource = ExportEntry["sources"][number];

/**
 * The few texts only the exports need. The labels of stored values and the field names come from
 * shared/i18n/de-fahrplan.ts, so that the exports say exactly what the public page says.
 */
export const exportTexts = {
  draft: "Entwurf",
  draftNotice: "Entwurf – nicht veröffentlicht, kann sich noch ändern",
  contents: "Inhaltsverzeichnis",
  appendix: "Anhang: Workshops und Themen",
  event: "Veranstaltung",
  date: "Datum",
  venue: "Ort",
  generatedAt: "Erstellt",
  noSubtopics: "Keine Themen.",
  creator: "Fahrplan",
} as const;

/** The German words of an entry's stored codes, as the public page shows them. */
export function entryLabels(entry: ExportEntry) {
  const fields = deFahrplan.fields;
  return {
    responsible: responsibleLabel(entry.responsibleParty, entry.responsibleOther),
    horizon: horizonLabel(entry.timeHorizon, entry.targetQuarter),
    priority: labelOf(fields.priorities, entry.priority),
    status: labelOf(fields.statuses, entry.status),
  };
}

/** The facts of an entry as "Zuständig: Land", … in the order of the public page. */
export function entryFactLines(entry: ExportEntry): string[] {
  const labels = entryLabels(entry);
  const t = deFahrplan.public;
  return [
    t.responsible(labels.responsible),
    t.horizon(labels.horizon),
    t.priority(labels.priority),
    t.status(labels.status),
    t.votes(entry.votes),
  ];
}

/** "Problemfeld" or "Lösungsschritt". */
export function kindLabel(kind: string): string {
  return labelOf(deFahrplan.fields.kinds, kind);
}

/**
 * What a source says about where it came from: the workshop, the kind and, only when the moderator chose to
 * publish them, the organisation. The organisation is left out here (not blanked later) so that no renderer
 * can leak it by accident.
 */
export function sourceMeta(source: ExportSource, includeOrganisations: boolean): string[] {
  const meta = [source.track, kindLabel(source.kind)];
  if (includeOrganisations && source.authorOrganisation) {
    meta.push(deFahrplan.sources.organisation(source.authorOrganisation));
  }
  return meta;
}

/** The event's date as "7. November 2018". */
export function eventDate(input: ExportInput): string {
  return de.dateFormat(input.snapshot.event.startsOn);
}

/** "Fassung 1.0, veröffentlicht am 7. November 2018, 17:30", or the draft notice. */
export function versionLine(input: ExportInput): string {
  if (input.publishedAt === null) return exportTexts.draftNotice;
  return deFahrplan.public.versionLine(input.versionLabel, formatPublishedAt(input.publishedAt));
}

/** When the export was made, in German time. */
export function generatedLine(input: ExportInput): string {
  return `${exportTexts.generatedAt}: ${formatPublishedAt(input.generatedAt)}`;
}
