import { TZDate } from "@date-fns/tz";

import { Prisma } from "@/lib/generated/prisma/client";

import { decodeCursor, PAGE_SIZE, type QueueFilters } from "../queue-filters";

// The queue's SQL, built apart from listQueue (no session, no server-only) so
// that scripts/bench-staff.ts can EXPLAIN exactly the statements the page runs.

const NO_THERAPIST = "00000000-0000-0000-0000-000000000000";

/** Who is asking: a therapist sees only their own bookings' cases, an admin everyone's. */
export interface QueueScope {
  role: "admin" | "therapist";
  therapistId: string | null;
}

function dayStart(date: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, timeZone).getTime());
}

/**
 * Who may see which cases, as SQL: a therapist only the cases of their own
 * bookings, whatever the URL asks; an admin everyone's, or one therapist's.
 */
function scopeOf(scope: QueueScope, filters: QueueFilters): Prisma.Sql {
  if (scope.role !== "admin") return Prisma.sql`AND i.case_therapist_id = ${scope.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist === "mine") return Prisma.sql`AND i.case_therapist_id = ${scope.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist) return Prisma.sql`AND i.case_therapist_id = ${filters.therapist}::uuid`;
  return Prisma.empty;
}

/** Every filter except disposition and the cursor (the counts show each disposition under the other filters). */
function whereOf(scope: QueueScope, filters: QueueFilters, timeZone: string): Prisma.Sql {
  const parts = [Prisma.sql`i.status = 'submitted'`, scopeOf(scope, filters)];
  if (filters.reviewed) parts.push(Prisma.sql`AND i.case_reviewed = ${filters.reviewed === "yes"}`);
  if (filters.region) parts.push(Prisma.sql`AND i.case_region = ${filters.region}`);
  if (filters.from) parts.push(Prisma.sql`AND i.case_starts_at >= ${dayStart(filters.from, timeZone)}`);
  if (filters.to) parts.push(Prisma.sql`AND i.case_starts_at < ${dayStart(filters.to, timeZone, 1)}`);
  return Prisma.join(parts, " ");
}

/** The two statements of one queue view: a page (PAGE_SIZE + 1 rows) and the counts per disposition. */
export function queueStatements(scope: QueueScope, filters: QueueFilters, timeZone: string): { page: Prisma.Sql; counts: Prisma.Sql } {
  const where = whereOf(scope, filters, timeZone);
  const disposition = filters.disposition ? Prisma.sql`AND i.case_disposition = ${filters.disposition}::disposition` : Prisma.empty;
  const cursor = decodeCursor(filters.after);
  const after = cursor
    ? Prisma.sql`AND (i.case_disposition, i.case_starts_at, i.id) > (${cursor.disposition}::disposition, ${new Date(cursor.startsAt)}, ${cursor.id}::uuid)`
    : Prisma.empty;
  const page = Prisma.sql`
      SELECT i.id, i.case_disposition::text AS disposition, t.disposition::text AS "computedDisposition",
             i.case_reviewed AS reviewed, i.case_starts_at AS "startsAt", i.case_region AS region,
             p.name AS "patientName", th.display_name AS "therapistName", b.status::text AS "bookingStatus",
             t.suspected -> 0 ->> 'condition' AS "topCondition"
        FROM intakes i
        JOIN bookings b ON b.id = i.booking_id
        JOIN patients p ON p.id = b.patient_id
        JOIN therapists th ON th.id = b.therapist_id
        JOIN LATERAL (
          SELECT r.disposition, r.suspected FROM triage_results r
           WHERE r.intake_id = i.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1
        ) t ON true
       WHERE ${where} ${disposition} ${after}
       ORDER BY i.case_disposition, i.case_starts_at, i.id
       LIMIT ${PAGE_SIZE + 1}`;
  const counts = Prisma.sql`
      SELECT i.case_disposition::text AS disposition, count(*)::int AS total,
             (count(*) FILTER (WHERE NOT i.case_reviewed))::int AS unreviewed
        FROM intakes i WHERE ${where} GROUP BY 1 ORDER BY 1`;
  return { page, counts };
}
