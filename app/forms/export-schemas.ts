import { z } from "zod";

/** Starting an export: which event, which format, the draft or a published version. */
export const startExportSchema = z.object({
  eventId: z.string().min(1).max(100),
  format: z.enum(["pdf", "docx", "md", "json"]),
  /** "1": the current draft (moderators only); otherwise a published version. */
  draft: z.literal("1").optional(),
  /** A published version's number; the latest when absent. */
  version: z.coerce.number().int().min(1).max(100_000).optional(),
  includeOrganisations: z.literal("1").optional(),
});
