import { z } from "zod";

/**
 * The form of the private-writing route (/events/:eventSlug/tracks/:trackSlug/private-writing):
 * `intent=settings` with `enabled=on|off`, or `intent=reveal`. Which track is the URL's; who acts is the
 * session's.
 */
export const privateWritingSchema = z
  .object({
    intent: z.enum(["settings", "reveal"]),
    enabled: z.enum(["on", "off"]).optional(),
  })
  .refine((form) => form.intent !== "settings" || form.enabled !== undefined, { path: ["enabled"] });
