import { createContext } from "react";
import { DEFAULT_LOCALE, type Locale } from "../../shared/i18n/locale";

export { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "../../shared/i18n/locale";

/** The chosen language, for every component below the root (set from the root loader's data). */
export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);
