import { createEvent, type DateArray } from "ics";

export interface CalendarEntry {
  /** The booking's id: the same UID in every version of the file, so a calendar updates its entry. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  location: string;
  url: string;
  /** Bumped on each change (reschedule, cancel), as calendars require. */
  sequence: number;
  cancelled?: boolean;
}

const utcParts = (d: Date): DateArray => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

/** An iCalendar (.ics) file for one appointment, times in UTC so every calendar app agrees. */
export function calendarFile(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: `${entry.uid}@stride`,
    sequence: entry.sequence,
    start: utcParts(entry.start),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(entry.end),
    endInputType: "utc",
    endOutputType: "utc",
    title: entry.title,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    status: entry.cancelled ? "CANCELLED" : "CONFIRMED",
    method: entry.cancelled ? "CANCEL" : "PUBLISH",
    productId: "stride/booking",
  });
  if (error || !value) throw error ?? new Error("could not build the calendar file");
  return value;
}
