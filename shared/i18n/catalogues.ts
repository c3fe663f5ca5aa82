import { de } from "./de";
import { en } from "./en";
import { DEFAULT_LOCALE, type Locale } from "./locale";
import type { Messages } from "./messages-type";

const catalogues: Record<Locale, Messages> = { de, en };

/** The catalogue of a language. */
export function messagesOf(locale: Locale): Messages {
  return catalogues[locale] ?? catalogues[DEFAULT_LOCALE];
}
