/**
 * The languages of the user interface. German is the default for everybody: the users are German public
 * administrations; English is chosen with the switch in the site header and remembered in a cookie.
 */
export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

/** The name of the cookie that remembers the choice (`lang=de|en`). */
export const LOCALE_COOKIE = "lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
