import "server-only";

import { TZDate } from "@date-fns/tz";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Disposition } from "@/lib/triage/rule-types";

import { decodeCursor, encodeCursor, PAGE_SIZE, type QueueFilters } from "../queue-filters";

export interface QueueRow {
  id: string;
  disposition: Disposition;
  computedDisposition: Disposition;
  reviewed: boolean;
  startsAt: Date;
  region: string | null;
  patientName: string;
  therapistName: string;
  bookingStatus: "booked" | "cancelled" | "completed" | "no_show";
  topCondition: string | null;
}

export interface DispositionCount {
  disposition: Disposition;
  total: number;
  unreviewed: number;
}

const NO_THERAPIST = "00000000-0000-0000-0000-000000000000";

function dayStart(date: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, timeZone).getTime());
}

/**
 * Who may see which cases, as SQL: a therapist only the cases of their own
 * bookings, whatever the URL asks; an admin everyone's, or one therapist's.
 */
function scopeOf(actor: StaffActor, filters: QueueFilters): Prisma.Sql {
  if (actor.role !== "admin") return Prisma.sql`AND i.case_therapist_id = ${actor.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist === "mine") return Prisma.sql`AND i.case_therapist_id = ${actor.therapistId ?? NO_THERAPIST}::uuid`;
  if (filters.therapist) return Prisma.sql`AND i.case_therapist_id = ${filters.therapist}::uuid`;
  return Prisma.empty;
}

/** Every filter except disposition and the cursor (the counts show each disposition under the other filters). */
export async function queueWhere(actor: StaffActor, filters: QueueFilters): Promise<Prisma.Sql> {
  const parts = [Prisma.sql`i.status = 'submitted'`, scopeOf(actor, filters)];
  if (filters.reviewed) parts.push(Prisma.sql`AND i.case_reviewed = ${filters.reviewed === "yes"}`);
  if (filters.region) parts.push(Prisma.sql`AND i.case_region = ${filters.region}`);
  if (filters.from || filters.to) {
    const { timeZone } = await getClinic();
    if (filters.from) parts.push(Prisma.sql`AND i.case_starts_at >= ${dayStart(filters.from, timeZone)}`);
    if (filters.to) parts.push(Prisma.sql`AND i.case_starts_at < ${dayStart(filters.to, timeZone, 1)}`);
  }
  return Prisma.join(parts, " ");
}

/**
 * One page of the triage queue: emergency → urgent → soon → routine, then by
 * appointment time, 50 at a time by keyset (the order is the intakes_queue_idx
 * index's, so a page costs the same at row 50 as at row 50,000). The view is
 * audited in the same transaction as the reads.
 */
export async function listQueue(actor: StaffActor, filters: QueueFilters): Promise<{ rows: QueueRow[]; counts: DispositionCount[]; next: string | null }> {
  assertActor(actor);
  const where = await queueWhere(actor, filters);
  const disposition = filters.disposition ? Prisma.sql`AND i.case_disposition = ${filters.disposition}::disposition` : Prisma.empty;
  const cursor = decodeCursor(filters.after);
  const after = cursor
    ? Prisma.sql`AND (i.case_disposition, i.case_starts_at, i.id) > (${cursor.disposition}::disposition, ${new Date(cursor.startsAt)}, ${cursor.id}::uuid)`
    : Prisma.empty;

  const [rows, counts] = await db.$transaction(async (tx) => {
    const page = await tx.$queryRaw<QueueRow[]>`
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
    const totals = await tx.$queryRaw<DispositionCount[]>`
      SELECT i.case_disposition::text AS disposition, count(*)::int AS total,
             (count(*) FILTER (WHERE NOT i.case_reviewed))::int AS unreviewed
        FROM intakes i WHERE ${where} GROUP BY 1 ORDER BY 1`;
    await recordAudit(tx, actor, "queue.view", "queue", "queue");
    return [page, totals] as const;
  });

  const hasMore = rows.length > PAGE_SIZE;
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return {
    rows: shown,
    counts,
    next: hasMore && last ? encodeCursor({ disposition: last.disposition, startsAt: last.startsAt.toISOString(), id: last.id }) : null,
  };
}
