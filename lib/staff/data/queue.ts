import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { auditInsertSql } from "@/lib/audit/data";
import { getClinic } from "@/lib/clinic/data";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Disposition } from "@/lib/triage/rule-types";

import { NO_THERAPIST } from "../ids";
import { encodeCursor, PAGE_SIZE, type QueueFilters } from "../queue-filters";
import { queueStatements } from "./queue-sql";

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

/**
 * One page of the triage queue: emergency → urgent → soon → routine, then by
 * appointment time, 50 at a time by keyset (the order is the intakes_queue_idx
 * index's, so a page costs the same at row 50 as at row 50,000). The view is
 * audited in the same statement as the reads.
 */
export async function listQueue(
  actor: StaffActor,
  filters: QueueFilters,
): Promise<{ rows: QueueRow[]; counts: DispositionCount[]; next: string | null }> {
  assertActor(actor);
  // The clinic's zone matters only to the date filters; the settings row is cached anyway.
  const timeZone = filters.from || filters.to ? (await getClinic()).timeZone : "UTC";
  const sql = queueStatements(actor, filters, timeZone);

  // One statement: the page, the counts and the audit event share a snapshot and
  // commit together, in one round trip (the queue is the dashboard's busiest read).
  const [result] = await queryRows<{
    rows: (Omit<QueueRow, "startsAt"> & { startsAt: string })[] | null;
    counts: DispositionCount[] | null;
  }>(Prisma.sql`
    WITH audit AS (${auditInsertSql(actor, "queue.view", "queue", "queue")}),
         page AS (${sql.page}),
         counts AS (${sql.counts})
    SELECT (SELECT json_agg(page ORDER BY page.disposition::disposition, page."startsAt", page.id) FROM page) AS rows,
           (SELECT json_agg(counts) FROM counts) AS counts`);
  const rows = (result?.rows ?? []).map((row) => ({ ...row, startsAt: new Date(row.startsAt) }));
  const counts = result?.counts ?? [];

  const hasMore = rows.length > PAGE_SIZE;
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return {
    rows: shown,
    counts,
    next:
      hasMore && last
        ? encodeCursor({ disposition: last.disposition, startsAt: last.startsAt.toISOString(), id: last.id })
        : null,
  };
}

/**
 * How many urgent or emergency cases this viewer may see were sent after `since`:
 * a number only (no names, answers or conditions), so the open queue can offer to
 * show them without reading, or auditing, any case. Loading them is the audited read.
 */
export async function countNewUrgentCases(actor: StaffActor, since: Date): Promise<number> {
  assertActor(actor);
  const scope =
    actor.role === "admin"
      ? Prisma.empty
      : Prisma.sql`AND i.case_therapist_id = ${actor.therapistId ?? NO_THERAPIST}::uuid`;
  const [row] = await queryRows<{ n: number }>(Prisma.sql`
    SELECT count(*)::int AS n FROM intakes i
    WHERE i.status = 'submitted' AND i.submitted_at > ${since}
      AND i.case_disposition IN ('emergency', 'urgent') ${scope}`);
  return row?.n ?? 0;
}
