import { data } from "react-router";

/**
 * The answer of a refused fetcher action (the track page's panels: voting, phase and timer, private
 * writing): its reason code, by which the panel shows the text in the visitor's language; the same text
 * for other callers; and errors per field. Sent with a 4xx or 5xx status so that React Router does not
 * reload the page's data after it.
 */
export interface Refusal<R extends string> {
  reason: R;
  error: string;
  fieldErrors?: Record<string, string>;
}

/** A `refuse(reason, status, fieldErrors?)` that answers with the texts of one catalogue section. */
export function refusalsFrom<R extends string>(texts: Readonly<Record<R, string>>) {
  return (reason: R, status: 400 | 403 | 404 | 409 | 503, fieldErrors?: Record<string, string>) =>
    data<Refusal<R>>({ reason, error: texts[reason], ...(fieldErrors ? { fieldErrors } : {}) }, { status });
}
