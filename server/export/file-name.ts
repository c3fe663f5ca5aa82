import type { ExportFormat, ExportInput } from "./export-input";

/** "fahrplan-thueringer-e-government-kongress-2018-fassung-1.pdf", or "…-entwurf.pdf" for the draft. */
export function exportFileName(
  eventSlug: string,
  input: Pick<ExportInput, "versionLabel" | "publishedAt">,
  format: ExportFormat,
): string {
  const version =
    input.publishedAt === null
      ? "entwurf"
      : input.versionLabel
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/-0$/, "");
  return `fahrplan-${eventSlug}-${version}.${format}`;
}
