import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { addDays, localDateOf, todayIn, weekStart } from "@/lib/calendar/dates";
import { withPg } from "@/test/pg";

import { findWeekSlots } from "./week-slots";

// A therapist of the test's own who works every day but is off for the rest of
// this week: the time step must open on next week, where the first free time is.

const ZONE = "Europe/London";
const today = todayIn(ZONE);
const nextMonday = addDays(weekStart(today), 7);
let therapist: string;

beforeAll(async () => {
  therapist = await withPg(async (c) => {
    const { id } = (
      await c.query<{ id: string }>(
        "INSERT INTO therapists (slug, display_name, active) VALUES ($1, 'Off This Week', true) RETURNING id",
        [`off-${randomUUID().slice(0, 8)}`],
      )
    ).rows[0]!;
    await c.query(
      `INSERT INTO therapist_appointment_types (therapist_id, appointment_type_id)
       SELECT $1, id FROM appointment_types WHERE slug = 'running-gait-analysis'`,
      [id],
    );
    await c.query(
      `INSERT INTO availability_rules (therapist_id, weekday, start_minutes, end_minutes)
       SELECT $1, d, 540, 1020 FROM generate_series(1, 7) d`,
      [id],
    );
    await c.query(
      `INSERT INTO availability_overrides (therapist_id, date, kind)
       SELECT $1, d::date, 'time_off' FROM generate_series($2::date, $3::date, interval '1 day') d`,
      [id, today, addDays(nextMonday, -1)],
    );
    return id;
  });
});

afterAll(async () => {
  await withPg((c) => c.query("UPDATE therapists SET active = false WHERE id = $1", [therapist]));
});

describe("findWeekSlots", () => {
  it("opens on the week of the first free time when this week has none", async () => {
    const found = await findWeekSlots({ type: "running-gait-analysis", therapist }, { today });
    if (!found.ok) throw new Error("expected free times");
    expect(found.week.monday).toBe(nextMonday);
    expect(found.week.previousWeek).toBe(weekStart(today));
    expect(found.slots.length).toBeGreaterThan(0);
    const days = new Set(found.slots.map((s) => localDateOf(s.start, ZONE)));
    expect([...days].every((d) => found.week.dates.includes(d))).toBe(true);
    expect(days.has(nextMonday)).toBe(true);
  });

  it("keeps the week the patient asked for, from today, even with nothing free in it", async () => {
    const found = await findWeekSlots({ type: "running-gait-analysis", therapist }, { today, week: today });
    if (!found.ok) throw new Error("expected a week");
    expect(found.week.dates[0]).toBe(today);
    expect(found.slots).toEqual([]);
    expect(found.week.previousWeek).toBeNull();
  });

  it("answers not-ok for a therapist who does not offer the type", async () => {
    expect((await findWeekSlots({ type: "sports-massage", therapist }, { today })).ok).toBe(false);
  });
});
