import { countOf } from "@/lib/english";

/** "£65" for whole pounds, "£42.50" otherwise. */
export function formatPrice(minor: number, currency = "GBP"): string {
  const whole = minor % 100 === 0;
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(countOf(hours, "hour"));
  if (rest || !hours) parts.push(countOf(rest, "minute"));
  return parts.join(" ");
}

type PartGetter = (type: Intl.DateTimeFormatPartTypes) => string;

// Building an Intl.DateTimeFormat loads the zone's rules and is slow; the staff
// queue formats a hundred times per page, so one formatter per zone and style is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, style: "long" | "short"): Intl.DateTimeFormat {
  const key = `${timeZone}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: style,
      day: "numeric",
      month: style,
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(key, format);
  }
  return format;
}

/** The named parts of an instant in a zone, whatever zone the server runs in. */
function partsIn(instant: Date, timeZone: string, style: "long" | "short"): PartGetter {
  const parts = formatterFor(timeZone, style).formatToParts(instant);
  return (type) => parts.find((p) => p.type === type)?.value ?? "";
}

/** "Tuesday 3 March 2027 at 9:30" in the given zone, whatever zone the server runs in. */
export function formatWhen(instant: Date, timeZone: string): string {
  const part = partsIn(instant, timeZone, "long");
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")} at ${Number(part("hour"))}:${part("minute")}`;
}

/** "Tue 3 Mar 2026, 9:30": dense enough for a staff table row. */
export function formatShortWhen(instant: Date, timeZone: string): string {
  const part = partsIn(instant, timeZone, "short");
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${Number(part("hour"))}:${part("minute")}`;
}

/** "9:30" in the given zone. */
export function formatTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  return `${Number(parts.find((p) => p.type === "hour")?.value)}:${parts.find((p) => p.type === "minute")?.value}`;
}

/** "UK time" for Europe/London, otherwise the zone's own name: said beside every time shown. */
export function zoneLabel(timeZone: string): string {
  return timeZone === "Europe/London" ? "UK time" : `${timeZone.replace(/_/g, " ")} time`;
}
