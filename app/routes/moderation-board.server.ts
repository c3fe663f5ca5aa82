import {
  addSources,
  adoptContributions,
  decideContribution,
  putBack,
  undoLastAction,
} from "../../server/fahrplan/curation";
import type { CurationContext, CurationRefusal, CurationResult } from "../../server/fahrplan/curation-context";
import {
  addToEntrySchema,
  adoptSchema,
  type BoardIntent,
  boardIntentSchema,
  duplicateSchema,
  mergeSuggestionSchema,
  putBackSchema,
  rejectSchema,
  undoSchema,
} from "../forms/board-schemas";
import { type FormErrors, parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";

/** Why the board refused a submission: a malformed form, or one of curation's refusal codes. */
export type BoardRefusalReason = "malformed" | CurationRefusal;

/**
 * What was done, by its intent (the page says it in words), or a refusal that carries its words already,
 * in the visitor's language: there is one alert for all forms.
 */
export type BoardOutcome = { ok: true; done: BoardIntent } | { ok: false; reason: BoardRefusalReason; message: string };

/**
 * Runs the submitted intent with the curation functions (server/fahrplan/curation.ts), which check that
 * every id belongs to `ctx.eventId`. Who may act was checked by the caller; nothing here reads the event
 * from the form.
 */
export async function performBoardIntent(ctx: CurationContext, request: Request): Promise<BoardOutcome> {
  const t = messagesFor(request);
  /** The first problem of a refused form, to show at the top of the page. */
  const malformed = (form: FormErrors): BoardOutcome => {
    const message = form.formError ?? Object.values(form.fieldErrors)[0] ?? t.board.errors.malformed;
    return { ok: false, reason: "malformed", message };
  };
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), boardIntentSchema);
  if (!chosen.ok) return malformed(chosen);

  /** A domain answer without its value: the board only needs to know whether it worked. */
  const settled = (result: CurationResult<unknown>): BoardOutcome =>
    result.ok
      ? { ok: true, done: chosen.data.intent }
      : { ok: false, reason: result.reason, message: t.fahrplan.curationRefusals[result.reason] };

  switch (chosen.data.intent) {
    case "adopt": {
      const form = await parseForm(request, adoptSchema);
      return form.ok ? settled(adoptContributions(ctx, form.data.contributionIds)) : malformed(form);
    }
    case "merge-suggestion": {
      const form = await parseForm(request, mergeSuggestionSchema);
      return form.ok ? settled(adoptContributions(ctx, form.data.contributionIds)) : malformed(form);
    }
    case "add-to-entry": {
      const form = await parseForm(request, addToEntrySchema);
      return form.ok ? settled(addSources(ctx, form.data.entryId, form.data.contributionIds)) : malformed(form);
    }
    case "reject": {
      const form = await parseForm(request, rejectSchema);
      if (!form.ok) return malformed(form);
      return settled(decideContribution(ctx, form.data.contributionId, { kind: "rejected", reason: form.data.reason }));
    }
    case "duplicate": {
      const form = await parseForm(request, duplicateSchema);
      if (!form.ok) return malformed(form);
      const { contributionId, duplicateOfId } = form.data;
      return settled(decideContribution(ctx, contributionId, { kind: "duplicate", duplicateOfId }));
    }
    case "put-back": {
      const form = await parseForm(request, putBackSchema);
      return form.ok ? settled(putBack(ctx, form.data.contributionId)) : malformed(form);
    }
    case "undo": {
      const form = await parseForm(request, undoSchema);
      return form.ok ? settled(undoLastAction(ctx)) : malformed(form);
    }
  }
}

/** Malformed forms are 400, unknown ids 404, everything the current state forbids 409. */
export function statusOf(reason: BoardRefusalReason): 400 | 404 | 409 {
  if (reason === "malformed") return 400;
  return reason === "not-found" ? 404 : 409;
}
