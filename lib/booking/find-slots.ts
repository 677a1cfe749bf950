import "server-only";

import { localDateRange } from "@/lib/calendar/dates";
import { localDayIndexer } from "@/lib/calendar/local-time";

import { freeSlotStarts, type Slot } from "./availability";
import { loadSlotInputs, type BookableType, type ScheduleTherapist } from "./data/slot-inputs";
import { onePerStart } from "./pick-therapist";
import type { SlotQuery } from "./schemas";

/** A free start as epoch milliseconds: the JSON API formats these without building Dates. */
export interface SlotStart {
  start: number;
  therapistId: string;
}

interface SlotsFound<S> {
  ok: true;
  timeZone: string;
  type: BookableType;
  slots: S[];
  therapists: { id: string; displayName: string }[];
}

export type SlotsResult = SlotsFound<Slot> | { ok: false; fields: Record<string, string> };
export type SlotStartsResult = SlotsFound<SlotStart> | { ok: false; fields: Record<string, string> };

/** Counts each therapist's bookings per clinic-local day, for fair "first available" picks. */
function dayLoad(
  therapists: ScheduleTherapist[],
  timeZone: string,
  from: Date,
  to: Date,
): (therapistId: string, start: number) => number {
  const dayOf = localDayIndexer(from.getTime(), to.getTime(), timeZone);
  const counts = new Map<string, Map<number, number>>();
  for (const t of therapists) {
    const own = counts.get(t.therapistId) ?? new Map<number, number>();
    counts.set(t.therapistId, own);
    for (const start of t.bookingStarts) {
      const day = dayOf(start);
      own.set(day, (own.get(day) ?? 0) + 1);
    }
  }
  // Every therapist free at a start is asked about that start in turn: look its day up once.
  let lastStart = Number.NaN;
  let lastDay = 0;
  return (therapistId, start) => {
    if (start !== lastStart) {
      lastStart = start;
      lastDay = dayOf(start);
    }
    return counts.get(therapistId)?.get(lastDay) ?? 0;
  };
}

/**
 * Free times for a type between two clinic-local dates; for "any" therapist,
 * each start once with the therapist who would get it (unless everyTherapist). The time zone is read
 * with the type, so the range is first widened by a day each side (any zone's
 * local days fall inside) and the engine trims to the exact local dates.
 */
export async function findSlotStarts(
  query: SlotQuery,
  options: { now?: Date; excludeBookingId?: string; everyTherapist?: boolean } = {},
): Promise<SlotStartsResult> {
  const { now = new Date(), excludeBookingId = null, everyTherapist = false } = options;
  const wide = localDateRange(query.from, query.to, "UTC");
  const from = new Date(wide.from.getTime() - 86_400_000);
  const to = new Date(wide.to.getTime() + 86_400_000);
  const inputs = await loadSlotInputs(
    query.type,
    query.therapist === "any" ? null : query.therapist,
    from,
    to,
    excludeBookingId,
  );
  if ("unknown" in inputs) {
    return {
      ok: false,
      fields:
        inputs.unknown === "type"
          ? { type: "No appointment type has that name" }
          : { therapist: "No therapist with that id offers this appointment" },
    };
  }
  const all = freeSlotStarts(inputs.therapists, inputs.type, {
    timeZone: inputs.timeZone,
    fromDate: query.from,
    toDate: query.to,
    now,
  });
  const slots =
    query.therapist === "any" && !everyTherapist
      ? onePerStart(
          all,
          dayLoad(inputs.therapists, inputs.timeZone, from, to),
          inputs.therapists.map((t) => t.therapistId),
        )
      : all;
  return {
    ok: true,
    timeZone: inputs.timeZone,
    type: inputs.type,
    slots,
    therapists: inputs.therapists.map((t) => ({ id: t.therapistId, displayName: t.displayName })),
  };
}

/** findSlotStarts with each slot's start and end as Dates, for pages. */
export async function findSlots(
  query: SlotQuery,
  options: { now?: Date; excludeBookingId?: string; everyTherapist?: boolean } = {},
): Promise<SlotsResult> {
  const found = await findSlotStarts(query, options);
  if (!found.ok) return found;
  const length = found.type.minutes * 60_000;
  const slots = found.slots.map(({ start, therapistId }) => ({
    start: new Date(start),
    end: new Date(start + length),
    therapistId,
  }));
  return { ...found, slots };
}
