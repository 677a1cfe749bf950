import { withPg } from "./pg";

import { addDays, instantAt, todayIn, weekStart } from "@/lib/calendar/dates";

const ZONE = "Europe/London";

/** The Monday `weeksAhead` weeks from now (clinic-local date). Maya works Mondays 08:00–16:00, Tom 13:00–21:00. */
export function mondayWeeksAhead(weeksAhead: number): string {
  return weekStart(addDays(todayIn(ZONE), 7 * weeksAhead));
}

/** A London wall-clock time on a date, as an ISO instant. */
export function londonTime(date: string, hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return instantAt(date, h * 60 + m, ZONE).toISOString();
}

export async function therapistIds() {
  return withPg(async (client) => {
    const { rows } = await client.query<{ slug: string; id: string }>("SELECT slug, id FROM therapists");
    return Object.fromEntries(rows.map((r) => [r.slug, r.id])) as Record<
      "maya-okafor" | "tom-reilly" | "priya-shah",
      string
    >;
  });
}

export const patient = (n: string) => ({ name: `Pat ${n}`, email: `pat.${n}@example.com`, phone: "07700 900555" });
