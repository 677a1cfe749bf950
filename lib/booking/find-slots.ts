import "server-only";

import { freeSlotStarts, type Slot } from "./availability";
import { loadSlotInputs, type BookableType, type ScheduleTherapist } from "./data/schedules";
import { onePerStart } from "./pick-therapist";
import { formatLocalDate, isoWeekday, localDayIndexer, localDayOf, parseLocalDate, wallMs, wallToInstant } from "./local-time";
import type { SlotQuery } from "./schemas";

export type SlotsResult =
  | { ok: true; timeZone: string; type: BookableType; slots: Slot[]; therapists: { id: string; displayName: string }[] }
  | { ok: false; fields: Record<string, string> };

/** Midnight at the start of a clinic-local date, and midnight after another, as instants. */
export function localDateRange(fromDate: string, toDate: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: new Date(wallToInstant(wallMs(parseLocalDate(fromDate), 0), timeZone)),
    to: new Date(wallToInstant(wallMs(parseLocalDate(toDate) + 1, 0), timeZone)),
  };
}

/** Counts each therapist's bookings per clinic-local day, for fair "first available" picks. */
function dayLoad(therapists: ScheduleTherapist[], timeZone: string, from: Date, to: Date): (therapistId: string, start: number) => number {
  const dayOf = localDayIndexer(from.getTime(), to.getTime(), timeZone);
  const counts = new Map<string, number>();
  for (const t of therapists) {
    for (const start of t.bookingStarts) {
      const key = `${t.therapistId}|${dayOf(start)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (therapistId, start) => counts.get(`${therapistId}|${dayOf(start)}`) ?? 0;
}

/** The Monday (clinic-local) of the week holding a date, and the seven dates from it. */
export function weekOf(date: string): string[] {
  const day = parseLocalDate(date);
  const monday = day - (isoWeekday(day) - 1);
  return Array.from({ length: 7 }, (_, i) => formatLocalDate(monday + i));
}

export function addDays(date: string, days: number): string {
  return formatLocalDate(parseLocalDate(date) + days);
}

/** The clinic-local date (YYYY-MM-DD) of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatLocalDate(localDayOf(instant.getTime(), timeZone));
}

/**
 * Free times for a type between two clinic-local dates; for "any" therapist,
 * each start once with the therapist who would get it (unless everyTherapist). The time zone is read
 * with the type, so the range is first widened by a day each side (any zone's
 * local days fall inside) and the engine trims to the exact local dates.
 */
export async function findSlots(
  query: SlotQuery,
  options: { now?: Date; excludeBookingId?: string; everyTherapist?: boolean } = {},
): Promise<SlotsResult> {
  const { now = new Date(), excludeBookingId = null, everyTherapist = false } = options;
  const wide = localDateRange(query.from, query.to, "UTC");
  const from = new Date(wide.from.getTime() - 86_400_000);
  const to = new Date(wide.to.getTime() + 86_400_000);
  const inputs = await loadSlotInputs(query.type, query.therapist === "any" ? null : query.therapist, from, to, excludeBookingId);
  if ("unknown" in inputs) {
    return {
      ok: false,
      fields: inputs.unknown === "type" ? { type: "No appointment type has that name" } : { therapist: "No therapist with that id offers this appointment" },
    };
  }
  const all = freeSlotStarts(inputs.therapists, inputs.type, {
    timeZone: inputs.timeZone,
    fromDate: query.from,
    toDate: query.to,
    now,
  });
  const chosen =
    query.therapist === "any" && !everyTherapist
      ? onePerStart(all, dayLoad(inputs.therapists, inputs.timeZone, from, to), inputs.therapists.map((t) => t.therapistId))
      : all;
  const length = inputs.type.minutes * 60_000;
  const slots = chosen.map(({ start, therapistId }) => ({ start: new Date(start), end: new Date(start + length), therapistId }));
  return {
    ok: true,
    timeZone: inputs.timeZone,
    type: inputs.type,
    slots,
    therapists: inputs.therapists.map((t) => ({ id: t.therapistId, displayName: t.displayName })),
  };
}
