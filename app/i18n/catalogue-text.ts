import { useContext } from "react";
import { type Locale, LocaleContext } from "./locale";
import { de, type Messages, messagesOf } from "./messages";

/**
 * Form schemas (app/forms) are built once, at module level, with the German texts of the catalogue; zod
 * reports those texts. This finds each German text's place in the catalogue and returns the text at the
 * same place in the chosen language. A text that is not a fixed catalogue string (a function's result,
 * a domain message) comes back unchanged, in German.
 */
const translations = new Map<Locale, Map<string, string>>();

function collect(german: unknown, other: unknown, into: Map<string, string>): void {
  if (typeof german === "string") {
    // The first place wins: the same German text means the same thing wherever it stands.
    if (typeof other === "string" && !into.has(german)) into.set(german, other);
    return;
  }
  if (typeof german !== "object" || german === null || typeof other !== "object" || other === null) return;
  for (const [key, value] of Object.entries(german)) {
    collect(value, (other as Record<string, unknown>)[key], into);
  }
}

function translationsInto(locale: Locale): Map<string, string> {
  let map = translations.get(locale);
  if (!map) {
    map = new Map();
    collect(de, messagesOf(locale) satisfies Messages, map);
    translations.set(locale, map);
  }
  return map;
}

/** The German catalogue text `text` in `locale`, or `text` itself when it has no place in the catalogue. */
export function catalogueTextIn(locale: Locale, text: string): string {
  if (locale === "de") return text;
  return translationsInto(locale).get(text) ?? text;
}

/**
 * For messages an action sent back (shown by the form components): a German catalogue text becomes the
 * visitor's language even where the action built it from the German catalogue directly.
 */
export function useCatalogueText(): (text: string) => string {
  const locale = useContext(LocaleContext);
  return (text) => catalogueTextIn(locale, text);
}
