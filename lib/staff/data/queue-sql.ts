import { addDays, localMidnight } from "@/lib/calendar/dates";
import { Prisma } from "@/lib/generated/prisma/client";

import { decodeCursor, PAGE_SIZE, type QueueCursor, type QueueFilters } from "../queue-filters";
import { NO_THERAPIST } from "../ids";

// The queue's SQL, built apart from listQueue (no session, no server-only) so
// that scripts/bench-staff.ts can EXPLAIN exactly the statements the page runs.

/** Who is asking: a therapist sees only their own bookings' cases, an admin everyone's. */
export interface QueueScope {
  role: "admin" | "therapist";
  therapistId: string | null;
}

/**
 * Who may see which cases, as SQL on a therapist column: a therapist only the
 * cases of their own bookings, whatever the URL asks; an admin everyone's, or one therapist's.
 */
function scopeOf(scope: QueueScope, filters: QueueFilters, column: Prisma.Sql): Prisma.Sql {
  if (scope.role !== "admin") return Prisma.sql`AND ${column} = ${scope.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist === "mine") return Prisma.sql`AND ${column} = ${scope.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist) return Prisma.sql`AND ${column} = ${filters.therapist}::uuid`;
  return Prisma.empty;
}

/** Every filter except disposition and the cursor (the counts show each disposition under the other filters). */
export function queueWhere(scope: QueueScope, filters: QueueFilters, timeZone: string): Prisma.Sql {
  const parts = [Prisma.sql`i.status = 'submitted'`, scopeOf(scope, filters, Prisma.raw("i.case_therapist_id"))];
  if (filters.reviewed) parts.push(Prisma.sql`AND i.case_reviewed = ${filters.reviewed === "yes"}`);
  if (filters.region) parts.push(Prisma.sql`AND i.case_region = ${filters.region}`);
  if (filters.from) parts.push(Prisma.sql`AND i.case_starts_at >= ${localMidnight(filters.from, timeZone)}`);
  if (filters.to) parts.push(Prisma.sql`AND i.case_starts_at < ${localMidnight(addDays(filters.to, 1), timeZone)}`);
  return Prisma.join(parts, " ");
}

/** The columns of one row of the queue's page (QueueRow). */
const PAGE_COLUMNS = Prisma.sql`
      i.id, i.case_disposition::text AS disposition, t.disposition::text AS "computedDisposition",
      i.case_reviewed AS reviewed, i.case_starts_at AS "startsAt", i.case_region AS region,
      p.name AS "patientName", th.display_name AS "therapistName", b.status::text AS "bookingStatus",
      t.suspected -> 0 ->> 'condition' AS "topCondition"`;

/** Which rows of the queue to read: `columns` of at most `limit` cases, starting after `after`. */
export interface QueueSlice {
  columns: Prisma.Sql;
  after: QueueCursor | null;
  limit: number;
}

/**
 * The queue's cases under every filter, in queue order (the order of the
 * intakes_queue_* indexes), by keyset: the one statement behind the queue's
 * pages and the CSV export's chunks. Columns may name i (intakes), b
 * (bookings), p (patients), th (therapists) and t (current_triage).
 */
export function queueRowsSql(
  scope: QueueScope,
  filters: QueueFilters,
  timeZone: string,
  slice: QueueSlice,
): Prisma.Sql {
  const where = queueWhere(scope, filters, timeZone);
  const disposition = filters.disposition
    ? Prisma.sql`AND i.case_disposition = ${filters.disposition}::disposition`
    : Prisma.empty;
  const { after } = slice;
  const keyset = after
    ? Prisma.sql`AND (i.case_disposition, i.case_starts_at, i.id)
                   > (${after.disposition}::disposition, ${new Date(after.startsAt)}, ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
      SELECT ${slice.columns}
        FROM intakes i
        JOIN bookings b ON b.id = i.booking_id
        JOIN patients p ON p.id = b.patient_id
        JOIN therapists th ON th.id = b.therapist_id
        JOIN current_triage t ON t.intake_id = i.id
       WHERE ${where} ${disposition} ${keyset}
       ORDER BY i.case_disposition, i.case_starts_at, i.id
       LIMIT ${slice.limit}`;
}

/** The two statements of one queue view: a page (PAGE_SIZE + 1 rows) and the counts per disposition. */
export function queueStatements(
  scope: QueueScope,
  filters: QueueFilters,
  timeZone: string,
): { page: Prisma.Sql; counts: Prisma.Sql } {
  const after = decodeCursor(filters.after);
  const page = queueRowsSql(scope, filters, timeZone, { columns: PAGE_COLUMNS, after, limit: PAGE_SIZE + 1 });
  return { page, counts: countsOf(scope, filters, queueWhere(scope, filters, timeZone)) };
}

/**
 * Cases per disposition (and how many not reviewed) under every filter but
 * disposition and the cursor. Without dates they come from intake_queue_counts,
 * the trigger-kept totals (a few hundred rows, whatever the queue's size);
 * with dates they are counted on the queue index within the range.
 */
function countsOf(scope: QueueScope, filters: QueueFilters, where: Prisma.Sql): Prisma.Sql {
  if (filters.from || filters.to) {
    return Prisma.sql`
      SELECT i.case_disposition::text AS disposition, count(*)::int AS total,
             (count(*) FILTER (WHERE NOT i.case_reviewed))::int AS unreviewed
        FROM intakes i WHERE ${where} AND i.case_disposition IS NOT NULL
       GROUP BY i.case_disposition ORDER BY i.case_disposition`;
  }
  const parts = [Prisma.sql`true`, scopeOf(scope, filters, Prisma.raw("c.therapist_id"))];
  if (filters.reviewed) parts.push(Prisma.sql`AND c.reviewed = ${filters.reviewed === "yes"}`);
  if (filters.region) parts.push(Prisma.sql`AND c.region = ${filters.region}`);
  return Prisma.sql`
      SELECT c.disposition::text AS disposition, sum(c.total)::int AS total,
             coalesce(sum(c.total) FILTER (WHERE NOT c.reviewed), 0)::int AS unreviewed
        FROM intake_queue_counts c WHERE ${Prisma.join(parts, " ")}
       GROUP BY c.disposition HAVING sum(c.total) > 0 ORDER BY c.disposition`;
}
