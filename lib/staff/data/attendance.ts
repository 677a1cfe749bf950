import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { localMidnight, todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";

import { firstOfMonthBefore, type AttendanceRow } from "../attendance";

/**
 * Appointments that were due in each of the last `months` months (the current one so
 * far), per therapist: attended, missed or not yet marked, and those cancelled late;
 * cancellations in good time are not appointments. Counts only: admins, audited.
 */
export async function attendanceReport(actor: StaffActor, months = 12, now = new Date()): Promise<AttendanceRow[]> {
  assertActor(actor, "admin");
  const { timeZone } = await getClinic();
  const from = localMidnight(firstOfMonthBefore(todayIn(timeZone, now), months - 1), timeZone);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<AttendanceRow[]>`
      SELECT to_char(b.starts_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month, th.display_name AS "therapistName",
             count(*)::int AS appointments,
             count(*) FILTER (WHERE b.status = 'no_show')::int AS "noShows",
             count(*) FILTER (WHERE b.late_cancellation)::int AS "lateCancellations"
      FROM bookings b JOIN therapists th ON th.id = b.therapist_id
      WHERE b.starts_at >= ${from} AND b.starts_at < ${now} AND b.status <> 'held' AND (b.status <> 'cancelled' OR b.late_cancellation)
      GROUP BY 1, th.id, th.display_name
      ORDER BY 1 DESC, 2`;
    await recordAudit(tx, actor, "attendance.view", "clinic", "attendance");
    return rows;
  });
}
