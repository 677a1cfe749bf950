import { addDays, weekOf, weekStart } from "@/lib/calendar/dates";

// Which week of free times a patient sees (on /book and when moving a booking),
// as clinic-local dates. Days that have passed are never shown, so this week
// starts today; a patient who asked for no week opens on the week of the first
// free time, not on a week of "No free times".

export interface WeekView {
  /** The Monday of the week shown. */
  monday: string;
  /** The days shown: this week from today, any later week Monday to Sunday. */
  dates: string[];
  /** The Monday of the week before, unless this is the current week. */
  previousWeek: string | null;
  /** The Monday of the week after, unless it begins past the booking horizon. */
  nextWeek: string | null;
}

export function chooseWeek(p: {
  today: string;
  /** The week the address asks for (any date in it); wins over the first free time. */
  requested?: string;
  /** The date of the first free time, when known. */
  firstFree?: string | null;
  /** The last date anyone may book. */
  horizonEnd: string;
}): WeekView {
  const thisWeek = weekStart(p.today);
  const wanted = weekStart(p.requested ?? p.firstFree ?? p.today);
  const monday = wanted < thisWeek ? thisWeek : wanted;
  const following = addDays(monday, 7);
  return {
    monday,
    dates: weekOf(monday).filter((date) => date >= p.today),
    previousWeek: monday > thisWeek ? addDays(monday, -7) : null,
    nextWeek: following <= p.horizonEnd ? following : null,
  };
}
