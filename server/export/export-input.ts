import type { RoadmapSnapshot } from "../fahrplan/versions";

/**
 * Everything an export renders, as plain data (it crosses into a worker thread). Built by
 * server/export/export-source.ts from a published version or from the current draft.
 */
export interface ExportInput {
  snapshot: RoadmapSnapshot;
  /** The event's tracks with their subtopics, for the appendix. */
  tracks: { title: string; subtopics: string[] }[];
  /** "Fassung 1.0"; for the draft: "Entwurf". */
  versionLabel: string;
  /** ISO date-time of publication; null for the draft (then every page is marked "Entwurf"). */
  publishedAt: string | null;
  /** The SHA-256 of a published version; null for the draft. */
  contentHash: string | null;
  /** Whether the contributors' organisations are listed with the sources (the moderator chooses). */
  includeOrganisations: boolean;
  /** When the export was made (ISO), for the metadata. */
  generatedAt: string;
}

export type ExportFormat = "pdf" | "docx" | "md" | "json";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["pdf", "docx", "md", "json"];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};
