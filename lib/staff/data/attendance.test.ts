import { describe, expect, it } from "vitest";

import { insertTestBooking } from "@/test/booking-factory";
import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { attendanceReport } from "./attendance";
import { listSchedule, markAttendance } from "./schedule";

describe("the attendance report", () => {
  it("counts a month's due appointments, no-shows and late cancellations per therapist; on-time cancellations are not appointments", async () => {
    const mine = await therapistWithCases([]);
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    const now = new Date("2030-06-20T12:00:00Z");
    const at = (day: number, hour: number) => new Date(Date.UTC(2030, 5, day, hour));
    const ids = await withPg(async (c) => {
      const book = async (day: number, status: "booked" | "completed" | "no_show" | "cancelled") =>
        (
          await insertTestBooking(c, {
            therapist: mine.therapistId,
            patient: { name: "Att Patient", email: `att-${day}-${mine.therapistId}@example.com` },
            startsAt: at(day, 9),
            status,
          })
        ).id;
      return {
        attended: await book(3, "completed"),
        missed: await book(4, "no_show"),
        unmarked: await book(5, "booked"),
        onTime: await book(6, "cancelled"),
        late: await book(20, "booked"),
      };
    });
    // The patient rang on the day: staff record a late cancellation from the schedule.
    expect(await markAttendance(admin, { bookingId: ids.late, outcome: "late_cancellation" }, at(20, 8))).toBe(
      "marked",
    );
    const day = await listSchedule(admin, { therapistId: mine.therapistId, from: at(20, 0), to: at(21, 0) });
    const late = day.find((b) => b.id === ids.late);
    expect(late).toMatchObject({ status: "cancelled", lateCancellation: true });

    const report = await attendanceReport(admin, 12, now);
    const name = mine.email.replace(/^therapist-(.*)@.*$/, "Therapist $1");
    expect(report.filter((r) => r.therapistName === name)).toEqual([
      {
        month: "2030-06",
        therapistName: name,
        appointments: 4,
        noShows: 1,
        lateCancellations: 1,
      },
    ]);
  });

  it("is for admins only", async () => {
    const mine = await therapistWithCases([]);
    await expect(attendanceReport(await actorForUser(mine.userId))).rejects.toThrow(/admin/);
  });
});
