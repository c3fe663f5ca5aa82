/**
 * Counted words by the language's plural rules (Intl.PluralRules), with the count formatted for the
 * language ("1.234 Stimmen"): `plural(3, "# Stimme", "# Stimmen")` → "3 Stimmen". German and English know
 * only "one" and "other"; a language with more forms would get its own function here.
 */
export function pluralFor(intlLocale: "de-DE" | "en-GB") {
  const rules = new Intl.PluralRules(intlLocale);
  const number = new Intl.NumberFormat(intlLocale);
  return (count: number, one: string, other: string): string =>
    (rules.select(count) === "one" ? one : other).replaceAll("#", number.format(count));
}
