// Intl.DateTimeFormat objects are slow to build (each loads the zone's rules)
// and the queue formats a hundred times per page: one per zone, kept.
const shortWhen = new Map<string, Intl.DateTimeFormat>();

function shortWhenFormat(timeZone: string): Intl.DateTimeFormat {
  let format = shortWhen.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
    });
    shortWhen.set(timeZone, format);
  }
  return format;
}

/** "Tue 3 Mar 2026, 9:30" in the clinic's zone: dense enough for a table row. */
export function formatShortWhen(instant: Date, timeZone: string): string {
  const parts = shortWhenFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${Number(part("hour"))}:${part("minute")}`;
}
