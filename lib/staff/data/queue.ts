import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import type { Disposition } from "@/lib/triage/rule-types";

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
 * audited in the same transaction as the reads.
 */
export async function listQueue(actor: StaffActor, filters: QueueFilters): Promise<{ rows: QueueRow[]; counts: DispositionCount[]; next: string | null }> {
  assertActor(actor);
  // The clinic's zone matters only to the date filters; the settings row is cached anyway.
  const timeZone = filters.from || filters.to ? (await getClinic()).timeZone : "UTC";
  const sql = queueStatements(actor, filters, timeZone);

  const [rows, counts] = await db.$transaction(async (tx) => {
    const page = await tx.$queryRaw<QueueRow[]>(sql.page);
    const totals = await tx.$queryRaw<DispositionCount[]>(sql.counts);
    await recordAudit(tx, actor, "queue.view", "queue", "queue");
    return [page, totals] as const;
    // One snapshot for both reads, so the counts always agree with the page beside them.
  }, { isolationLevel: "RepeatableRead" });

  const hasMore = rows.length > PAGE_SIZE;
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return {
    rows: shown,
    counts,
    next: hasMore && last ? encodeCursor({ disposition: last.disposition, startsAt: last.startsAt.toISOString(), id: last.id }) : null,
  };
}
