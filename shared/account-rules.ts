/** The shortest password an account may have (server/auth/passwords.ts; shown in the forms and the CLI). */
export const MIN_PASSWORD_LENGTH = 12;

/** Why an account could not be created (server/auth/accounts.ts); the catalogue has a text for each. */
export type AccountRefusal = "invalid-email" | "name-missing" | "password-too-short" | "email-taken";
