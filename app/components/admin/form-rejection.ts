/** The errors of a refused admin form: per field, and for the whole form. */
export type Rejection = { fieldErrors: Record<string, string>; formError: string | null };

/** The errors of one of a page's forms, if the last submission was that form's and was refused. */
export type ErrorsOf = (target: string) => Rejection | null;
