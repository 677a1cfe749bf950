import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CATALOGUE_TAG } from "@/lib/booking/data/catalogue";
import { SCHEDULES_TAG, loadSchedules } from "@/lib/booking/data/slot-inputs";
import { CLINIC_TAG } from "@/lib/clinic/data";
import { mailBoss } from "@/lib/mail/queue";
import { addDays } from "@/lib/calendar/dates";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";

import { bookingTimes } from "./blocked-window";
import { createBooking } from "./book";
import { insertBookingWithPatient } from "./data/bookings";
import { ScheduleChangedError } from "./errors";

// Priya works Fridays 09:00–17:00; no other test books her Friday of week 6.
const FRIDAY = addDays(mondayWeeksAhead(6), 4);
const START = londonTime(FRIDAY, "10:00");
let priya: string;
let dayOff: string | undefined;

beforeAll(async () => {
  await mailBoss();
  priya = (await therapistIds())["priya-shah"];
});

afterAll(async () => {
  if (dayOff) await withPg((c) => c.query("DELETE FROM availability_overrides WHERE id = $1", [dayOff]));
});

describe("a booking made from a schedule that has changed since it was read", () => {
  it("is refused by the database, writes nothing, and the booking path then answers from the new schedule", async () => {
    const inputs = await loadSchedules("follow-up", priya);
    if ("unknown" in inputs) throw new Error("seed data missing");

    // Another instance (or an admin, or SQL by hand) gives Priya that Friday off.
    dayOff = await withPg(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO availability_overrides (id, therapist_id, date, kind, reason)
         VALUES (gen_random_uuid(), $1, $2, 'time_off', 'schedule-changed test') RETURNING id`,
        [priya, FRIDAY],
      );
      return rows[0]!.id;
    });

    const email = `stale.${randomUUID()}@example.com`;
    const write = insertBookingWithPatient({
      id: randomUUID(),
      patient: { name: "Stale Schedule", email, phone: "07700 900555" },
      therapistId: priya,
      appointmentTypeId: inputs.type.id,
      ...bookingTimes(new Date(START), inputs.type),
      manageTokenHash: `stale-${randomUUID()}`,
      intakeTokenHash: `stale-${randomUUID()}`,
      mail: { kind: "booking-confirmation", from: "clinic@example.com", to: email, subject: "Booked", text: "Booked" },
      dataVersion: inputs.dataVersion,
    });
    await expect(write).rejects.toBeInstanceOf(ScheduleChangedError);

    const stored = await withPg(async (c) => ({
      patients: (await c.query("SELECT 1 FROM patients WHERE email = $1", [email])).rowCount,
      bookings: (await c.query("SELECT 1 FROM bookings WHERE therapist_id = $1 AND starts_at = $2", [priya, START]))
        .rowCount,
    }));
    expect(stored).toEqual({ patients: 0, bookings: 0 });
    expect(await queuedMailTo([email])).toEqual([]);

    const outcome = await createBooking({
      type: "follow-up",
      therapistId: priya,
      start: START,
      patient: { name: "Day Off", email: `dayoff.${randomUUID()}@example.com`, phone: "07700 900555" },
    });
    expect(outcome).toEqual({ ok: false, error: "slot_unavailable" });
  });
});

describe("the tables public pages and free times are computed from", () => {
  it("notify the cache tag each feeds, on any change, and count it in the data version", async () => {
    const tables: Record<string, string> = {
      clinic_settings: CLINIC_TAG,
      appointment_types: CATALOGUE_TAG,
      therapists: CATALOGUE_TAG,
      therapist_appointment_types: CATALOGUE_TAG,
      availability_rules: SCHEDULES_TAG,
      availability_overrides: SCHEDULES_TAG,
    };
    await withPg(async (listener) => {
      const heard: string[] = [];
      listener.on("notification", (n) => heard.push(`${n.channel}:${n.payload}`));
      await listener.query("LISTEN stride_cache");
      await withPg(async (c) => {
        const version = async () => BigInt((await c.query("SELECT version FROM cache_version")).rows[0].version);
        for (const [table, tag] of Object.entries(tables)) {
          const before = await version();
          heard.length = 0;
          // A statement that changes nothing still says the table may have changed: cheap and safe.
          await c.query(`DELETE FROM ${table} WHERE false`);
          await expect.poll(() => heard, { timeout: 2_000 }).toContain(`stride_cache:${tag}`);
          expect(await version(), table).toBeGreaterThan(before);
        }
      });
    });
  });
});
