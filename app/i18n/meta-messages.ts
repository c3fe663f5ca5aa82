import { DEFAULT_LOCALE, isLocale } from "./locale";
import { type Messages, messagesOf } from "./messages";

/**
 * The catalogue for a route's `meta` (the page title), which runs outside React: the language comes from
 * the root loader's data among the matches.
 */
export function metaMessages(matches: ReadonlyArray<{ id: string; loaderData?: unknown } | undefined>): Messages {
  const root = matches.find((match) => match?.id === "root")?.loaderData as { locale?: unknown } | undefined;
  return messagesOf(isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE);
}
