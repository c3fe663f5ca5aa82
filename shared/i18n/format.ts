/**
 * Dates and numbers in the conventions of a language ("7. November 2018" / "7 November 2018", "1.234" /
 * "1,234"). Times are shown in the time zone of the events (Erfurt), not the server's or the browser's,
 * so that server and browser render the same text and everyone at the event reads the same time.
 */
const EVENT_TIME_ZONE = "Europe/Berlin";

export function formatsFor(intlLocale: "de-DE" | "en-GB") {
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(intlLocale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: EVENT_TIME_ZONE,
  });
  const longDateTime = new Intl.DateTimeFormat(intlLocale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: EVENT_TIME_ZONE,
  });
  const time = new Intl.DateTimeFormat(intlLocale, { timeStyle: "medium", timeZone: EVENT_TIME_ZONE });
  const number = new Intl.NumberFormat(intlLocale);
  return {
    /** The BCP 47 tag these formats follow. */
    intlLocale: intlLocale as string,
    /** A calendar day stored as "2018-11-07" (no time, so no time zone shift). */
    date: (isoDate: string) => date.format(new Date(`${isoDate}T00:00:00Z`)),
    /** A moment, short: "07.11.2018, 10:30" / "7 Nov 2018, 10:30". */
    dateTime: (moment: Date | string) => dateTime.format(new Date(moment)),
    /** A moment, long: "7. November 2018 um 10:30" / "7 November 2018 at 10:30". */
    longDateTime: (moment: Date | string) => longDateTime.format(new Date(moment)),
    /** The time of day with seconds, for "last refreshed". */
    time: (moment: Date | string) => time.format(new Date(moment)),
    number: (value: number) => number.format(value),
  };
}
