import { annexByTrack, annexSummary, chapterSections, fateText } from "../../../shared/fassung";
import { de } from "../../../shared/i18n/de";
import {
  deFahrplan,
  formatPublishedAt,
  horizonLabel,
  labelOf,
  responsibleLabel,
} from "../../../shared/i18n/de-fahrplan";
import { dePlenary } from "../../../shared/i18n/de-plenary";
import { dePublication } from "../../../shared/i18n/de-publication";
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

/**
 * The German words of an entry's stored codes, as the public page shows them. In a published Fassung an
 * entry is adopted, so its status says how far it is implemented: "geplant", never "Entwurf".
 */
export function entryLabels(entry: ExportEntry, published: boolean) {
  const fields = deFahrplan.fields;
  return {
    responsible: responsibleLabel(entry.responsibleParty, entry.responsibleOther),
    horizon: horizonLabel(entry.timeHorizon, entry.targetQuarter),
    priority: labelOf(fields.priorities, entry.priority),
    status: labelOf(published ? dePublication.publishedStatuses : fields.statuses, entry.status),
  };
}

/** The facts of an entry as "Zuständig: Land", … in the order of the public page. */
export function entryFactLines(entry: ExportEntry, published: boolean): string[] {
  const labels = entryLabels(entry, published);
  const t = deFahrplan.public;
  return [
    t.responsible(labels.responsible),
    t.horizon(labels.horizon),
    t.priority(labels.priority),
    t.status(labels.status),
    t.votes(entry.votes),
    ...(entry.plenary ? [dePlenary.result(entry.plenary.consent, entry.plenary.concern)] : []),
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

/** The Fassung's title and note as the moderator wrote them, for the title page; none for the draft. */
export function publicationLines(input: ExportInput): { title: string | null; note: string | null } {
  const publication = input.snapshot.publication;
  return {
    title: publication?.title || null,
    note: publication?.note ? dePublication.note(publication.note) : null,
  };
}

/**
 * The sections that become chapters, and the line that lists the others once ("Ohne Einträge in dieser
 * Fassung: …"), or null when there are none to list or the moderator left them out.
 */
export function exportChapters(input: ExportInput) {
  const { chapters, listedEmpty } = chapterSections(input.snapshot.sections, input.snapshot.publication?.emptySections);
  const emptyLine = listedEmpty.length > 0 ? dePublication.emptySections.listed(listedEmpty.join(", ")) : null;
  return { chapters, emptyLine };
}

/**
 * The annex as the exports print it: its heading and intro, the summary, and per workshop each
 * contribution's number, "Problemfeld · Organisation: …" (the organisation only with the option), text
 * and fate. Null annex: a Fassung published before the annex existed, which says so.
 */
export function exportAnnex(input: ExportInput) {
  const t = dePublication.annex;
  const annex = input.snapshot.annex;
  if (!annex) return { heading: t.heading, lead: [t.notRecorded], groups: [] };
  if (annex.length === 0) return { heading: t.heading, lead: [t.none], groups: [] };
  return {
    heading: t.heading,
    lead: [t.intro, annexSummary(annex, t)],
    groups: annexByTrack(annex).map((group) => ({
      track: group.track,
      items: group.items.map((item) => ({
        ref: item.ref,
        // The workshop is the group's heading: the rest is what a source says of itself.
        meta: sourceMeta(item, input.includeOrganisations).slice(1).join(" · "),
        text: item.text,
        // "Verbleib: …": words, not an arrow, which the PDF's font subset would not carry.
        fate: `${t.columns.fate}: ${fateText(item.fate, t)}`,
      })),
    })),
  };
}

export type ExportAnnex = ReturnType<typeof exportAnnex>;
