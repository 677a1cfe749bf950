import "server-only";

import { addDays, localDateOf } from "@/lib/calendar/dates";

import type { Slot } from "./availability";
import { findSlots } from "./find-slots";
import { chooseWeek, type WeekView } from "./week-view";

export type WeekSlotsResult = { ok: true; week: WeekView; slots: Slot[] } | { ok: false };

/**
 * The week of free times a patient sees, for booking (one therapist or "any")
 * or moving a booking. With no week asked for, it opens on this week when it
 * has a free time, else on the week of the first free time before the horizon
 * (read once, only then). Days that have passed are never in it.
 */
export async function findWeekSlots(
  query: { type: string; therapist: string },
  options: { today: string; week?: string; excludeBookingId?: string; now?: Date },
): Promise<WeekSlotsResult> {
  const { today, week: requested, ...find } = options;
  const opening = chooseWeek({ today, requested, horizonEnd: today });
  const shown = await findSlots({ ...query, from: opening.dates[0]!, to: opening.dates.at(-1)! }, find);
  if (!shown.ok) return { ok: false };
  const horizonEnd = addDays(today, shown.type.horizonDays);
  const week = chooseWeek({ today, requested, horizonEnd });
  if (requested || shown.slots.length > 0 || !week.nextWeek) return { ok: true, week, slots: shown.slots };

  const later = await findSlots({ ...query, from: week.nextWeek, to: horizonEnd }, find);
  const first = later.ok ? later.slots.reduce<Slot | null>((a, s) => (a && a.start <= s.start ? a : s), null) : null;
  if (!later.ok || !first) return { ok: true, week, slots: shown.slots };
  const firstWeek = chooseWeek({ today, firstFree: localDateOf(first.start, later.timeZone), horizonEnd });
  const last = firstWeek.dates.at(-1)!;
  return {
    ok: true,
    week: firstWeek,
    slots: later.slots.filter((s) => localDateOf(s.start, later.timeZone) <= last),
  };
}
