import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locale";
import { type Messages, messagesOf } from "./messages";

/** A year: the choice of language should outlast the event and the next one. */
const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The language chosen with the switch (the `lang` cookie), German when there is none or it is unknown. */
export function localeOf(request: Request): Locale {
  const header = request.headers.get("cookie");
  if (!header) return DEFAULT_LOCALE;
  for (const part of header.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return DEFAULT_LOCALE;
}

/** The catalogue for the texts an action or loader sends back (form errors, refusals). */
export function messagesFor(request: Request): Messages {
  return messagesOf(localeOf(request));
}

/**
 * Remembers the choice. Not HttpOnly: it holds nothing secret, only the language. SameSite=Lax like the
 * session cookie; Secure when the app is served over TLS.
 */
export function localeCookie(locale: Locale, options: { secure: boolean }): string {
  const parts = [`${LOCALE_COOKIE}=${locale}`, "Path=/", "SameSite=Lax", `Max-Age=${LOCALE_COOKIE_MAX_AGE_SECONDS}`];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}
