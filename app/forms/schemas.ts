import { z } from "zod";
import { de } from "../i18n/messages";

/** The schemas of the app's forms, shared by the routes that show them and the actions that read them. */

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

export const joinSchema = z.object({
  code: z.string({ error: de.join.codeRequired }).trim().min(1, de.join.codeRequired).max(64, de.join.wrongCode),
  displayName: z
    .string({ error: de.join.nameRequired })
    .trim()
    .min(1, de.join.nameRequired)
    .max(60, de.join.nameTooLong),
  organisation: optionalText(100, de.join.organisationTooLong),
  redirectTo: z.string().max(2000).optional(),
});

export const loginSchema = z.object({
  email: z.string({ error: de.login.emailRequired }).trim().min(1, de.login.emailRequired).max(320),
  password: z.string({ error: de.login.passwordRequired }).min(1, de.login.passwordRequired).max(1024),
  redirectTo: z.string().max(2000).optional(),
});
