import { useContext } from "react";
import { useLocation } from "react-router";
import { type Locale, LocaleContext } from "../i18n/locale";
import { useMessages } from "../i18n/messages";
import "./language-switch.css";

/** Each language named in itself, so that everyone finds theirs whatever the page's language is. */
const LANGUAGE_NAMES: Record<Locale, string> = { de: "Deutsch", en: "English" };

/**
 * The language switch in the site header: a plain form (it works without JavaScript) that posts the choice
 * to /language, which remembers it in a cookie and sends the visitor back to this page. The button of the
 * current language is marked as pressed; each name carries its own `lang`, so screen readers pronounce it.
 */
export function LanguageSwitch() {
  const t = useMessages();
  const current = useContext(LocaleContext);
  const { pathname, search } = useLocation();
  return (
    <form method="post" action="/language" className="language-switch" aria-label={t.language.label}>
      <input type="hidden" name="redirectTo" value={`${pathname}${search}`} />
      {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="lang"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="link-button"
        >
          {LANGUAGE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
