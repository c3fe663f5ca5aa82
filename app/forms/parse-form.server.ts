import { data } from "react-router";
import type { z } from "zod";
import { textAt } from "../../shared/i18n/message-keys";
import { messagesFor } from "../i18n/locale.server";

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400; fieldErrors: Record<string, string>; formError: string | null };

/**
 * Reads a submitted form against a schema. Only the schema's fields are read (extra fields such as
 * `role=admin` are ignored); a field sent twice, or a value with a NUL byte, is refused as a whole;
 * errors come back per field, in the visitor's language, for the form to show next to each input.
 */
export async function parseForm<S extends z.ZodObject>(request: Request, schema: S): Promise<FormResult<z.infer<S>>> {
  const messages = messagesFor(request);
  const t = messages.forms;
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return { ok: false, status: 400, fieldErrors: {}, formError: t.unreadable };
  }
  const values: Record<string, string | string[] | undefined> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const all = formData.getAll(key);
    // Only fields the schema declares as lists (checkbox groups) may come more than once.
    const isList = (field as z.ZodType).def.type === "array";
    if ((!isList && all.length > 1) || all.some((value) => typeof value !== "string" || value.includes("\0"))) {
      return { ok: false, status: 400, fieldErrors: {}, formError: t.invalid };
    }
    values[key] = isList ? (all as string[]) : (all[0] as string | undefined);
  }
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    // Schemas carry catalogue keys (shared/i18n/message-keys.ts); a check without one gets the general text.
    fieldErrors[key] ??= textAt(messages, issue.message) ?? t.invalid;
  }
  return { ok: false, status: 400, fieldErrors, formError: null };
}

export interface FormErrors {
  fieldErrors: Record<string, string>;
  formError: string | null;
}

/** The answer of an action whose form was not accepted: errors per field and for the whole form. */
export function formErrors(errors: Partial<FormErrors>, init: number | ResponseInit) {
  return data<FormErrors>({ fieldErrors: errors.fieldErrors ?? {}, formError: errors.formError ?? null }, init);
}

/**
 * The same for a page with several forms (the admin pages: one per track), plus which form the errors
 * belong to, so that they appear next to it.
 */
export function targetedFormErrors(request: Request, target: string, errors: Partial<FormErrors>) {
  const formError = errors.formError ?? messagesFor(request).admin.checkInput;
  return data({ target, fieldErrors: errors.fieldErrors ?? {}, formError }, 400);
}

/** 429 with Retry-After, and the text saying how long to wait (join and login). */
export function tooManyAttempts(retryAfterSeconds: number, text: (seconds: number) => string) {
  return formErrors(
    { formError: text(retryAfterSeconds) },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}
