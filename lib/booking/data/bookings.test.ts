import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { mailBoss } from "@/lib/mail/queue";
import { londonTime, mondayWeeksAhead } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";

import { bookingTimes } from "../blocked-window";
import { SlotUnavailableError } from "../errors";
import { insertBookingWithPatient, type NewBooking } from "./bookings";

// Each test's patients have addresses of this run's own, so counts of their
// patients and queued e-mails cannot include another test file's bookings.
const run = randomUUID().slice(0, 8);
const address = (n: string) => `race.${n}.${run}@example.com`;

type TypeRow = { id: string; minutes: number; bufferBeforeMinutes: number; bufferAfterMinutes: number };
let types: Record<"follow-up" | "running-gait-analysis", TypeRow>;
let therapists: Record<"maya-okafor" | "tom-reilly", string>;

beforeAll(async () => {
  await mailBoss(); // creates the queue's schema on a fresh database
  await withPg(async (c) => {
    const rows = await c.query(
      `SELECT slug, id, minutes, buffer_before_minutes AS "bufferBeforeMinutes",
              buffer_after_minutes AS "bufferAfterMinutes"
         FROM appointment_types`,
    );
    types = Object.fromEntries(rows.rows.map(({ slug, ...type }) => [slug, type])) as typeof types;
    const staff = await c.query("SELECT slug, id FROM therapists");
    therapists = Object.fromEntries(staff.rows.map((t) => [t.slug, t.id])) as typeof therapists;
  });
});

type TypeSlug = keyof typeof types;
type TherapistSlug = keyof typeof therapists;

/** What createBooking would hand over for patient `n` at `start`: the times come from the type, as there. */
function newBooking(
  n: string,
  start: string,
  type: TypeSlug = "follow-up",
  therapist: TherapistSlug = "maya-okafor",
): NewBooking {
  return {
    id: randomUUID(),
    patient: { name: `Race ${n}`, email: address(n), phone: "07700 900555" },
    therapistId: therapists[therapist],
    appointmentTypeId: types[type].id,
    ...bookingTimes(new Date(start), types[type]),
    manageTokenHash: `manage-${n}-${randomUUID()}`,
    intakeTokenHash: `intake-${n}-${randomUUID()}`,
    mail: {
      kind: "booking-confirmation",
      from: "clinic@example.com",
      to: address(n),
      subject: "Booked",
      text: "Booked",
    },
  };
}

const book = (n: string, start: string, type?: TypeSlug, therapist?: TherapistSlug) =>
  insertBookingWithPatient(newBooking(n, start, type, therapist));

describe("insertBookingWithPatient", () => {
  // Patient, booking and mail are one statement: whoever loses the race leaves nothing behind.
  it("queues exactly one mail and one new patient when two requests race for one time", async () => {
    // Before opening hours: the insert alone is under test, and no other test books this moment.
    const start = londonTime(mondayWeeksAhead(6), "06:43");
    const results = await Promise.allSettled([book("r1", start), book("r2", start)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(SlotUnavailableError);
    expect(await queuedMailTo([address("r1"), address("r2")])).toHaveLength(1);
    const patients = await withPg(async (c) => {
      const emails = [address("r1"), address("r2")];
      const { rows } = await c.query("SELECT count(*)::int AS n FROM patients WHERE email = ANY($1)", [emails]);
      return rows[0].n;
    });
    expect(patients).toBe(1);
  });

  it("lets exactly one of many simultaneous requests for one slot succeed, with one e-mail", async () => {
    const racers = Array.from({ length: 12 }, (_, k) => `many${k}`);
    const attempts = await Promise.allSettled(racers.map((n) => book(n, "2031-03-07T10:00:00Z")));
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const lost = attempts.filter((a) => a.status === "rejected");
    expect(lost.every((a) => a.status === "rejected" && a.reason instanceof SlotUnavailableError)).toBe(true);
    const { rows } = await withPg((c) =>
      c.query("SELECT count(*)::int AS n FROM bookings WHERE starts_at = '2031-03-07T10:00:00Z'"),
    );
    expect(rows[0].n).toBe(1);
    expect(await queuedMailTo(racers.map(address))).toHaveLength(1);
  });

  it("refuses a second booking of the same therapist at the same time, and queues no e-mail for it", async () => {
    await book("same1", "2031-03-03T10:00:00Z");
    await expect(book("same2", "2031-03-03T10:00:00Z")).rejects.toBeInstanceOf(SlotUnavailableError);
    expect(await queuedMailTo([address("same2")])).toEqual([]);
  });

  it("counts buffers: a booking that starts inside the previous one's clean-up time is refused", async () => {
    await book("buf1", "2031-03-04T10:00:00Z", "running-gait-analysis");
    // 11:00 end + 10 min after-buffer, and the next one's 10 min before-buffer: 11:15 overlaps.
    const gait = "running-gait-analysis";
    await expect(book("buf2", "2031-03-04T11:15:00Z", gait)).rejects.toBeInstanceOf(SlotUnavailableError);
    await expect(book("buf3", "2031-03-04T11:20:00Z", gait)).resolves.toHaveProperty("id");
  });

  it("lets another therapist take the same time", async () => {
    await book("other1", "2031-03-05T10:00:00Z");
    await expect(book("other2", "2031-03-05T10:00:00Z", "follow-up", "tom-reilly")).resolves.toHaveProperty("id");
  });

  it("frees the time when a booking is cancelled", async () => {
    const first = await book("cancel1", "2031-03-06T10:00:00Z");
    await withPg((c) => c.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1", [first.id]));
    await expect(book("cancel2", "2031-03-06T10:00:00Z")).resolves.toHaveProperty("id");
  });
});
