import { z } from "zod";
import { messageKeys } from "../../shared/i18n/message-keys";

/** The schemas of the app's forms, shared by the routes that show them and the actions that read them. */

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

export const joinSchema = z.object({
  code: z
    .string({ error: messageKeys.join.codeRequired })
    .trim()
    .min(1, messageKeys.join.codeRequired)
    .max(64, messageKeys.join.wrongCode),
  displayName: z
    .string({ error: messageKeys.join.nameRequired })
    .trim()
    .min(1, messageKeys.join.nameRequired)
    .max(60, messageKeys.join.nameTooLong),
  organisation: optionalText(100, messageKeys.join.organisationTooLong),
  redirectTo: z.string().max(2000).optional(),
});

export const loginSchema = z.object({
  email: z.string({ error: messageKeys.login.emailRequired }).trim().min(1, messageKeys.login.emailRequired).max(320),
  password: z
    .string({ error: messageKeys.login.passwordRequired })
    .min(1, messageKeys.login.passwordRequired)
    .max(1024),
  redirectTo: z.string().max(2000).optional(),
});
