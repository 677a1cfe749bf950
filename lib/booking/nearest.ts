import "server-only";

import { addDays, localDateOf } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";

import { findSlots } from "./find-slots";

/**
 * Up to `count` free start times closest to a wanted one (same type and therapist), in time order,
 * looked for from three days before to a week after the wanted day on the clinic's calendar.
 */
export async function nearestFreeTimes(type: string, therapist: string, wanted: Date, count = 6): Promise<string[]> {
  const day = localDateOf(wanted, (await getClinic()).timeZone);
  const result = await findSlots({ type, therapist, from: addDays(day, -3), to: addDays(day, 7) });
  if (!result.ok) return [];
  const starts = [...new Set(result.slots.map((s) => s.start.getTime()))];
  return starts
    .sort((a, b) => Math.abs(a - wanted.getTime()) - Math.abs(b - wanted.getTime()))
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((t) => new Date(t).toISOString());
}
