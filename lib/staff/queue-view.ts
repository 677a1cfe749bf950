import { REGION_LABELS, type Region } from "@/lib/intake/regions";
import type { Disposition } from "@/lib/triage/rule-types";

import { conditionName } from "./case-answers";
import type { DispositionCount, QueueRow } from "./data/queue";

/** A queue row as plain values; the screen formats the time in the clinic's zone. */
export interface QueueRowView {
  id: string;
  disposition: Disposition;
  overridden: boolean;
  reviewed: boolean;
  patientName: string;
  /** ISO 8601 instant of the appointment. */
  startsAt: string;
  therapist: string;
  region: string;
  condition: string | null;
}

/**
 * What the queue's data route answers and the queue screen draws: one page of
 * cases, the counts beside it, and who is looking. Small and plain: no
 * answers, no contact details.
 */
export interface QueueView {
  viewer: { name: string; role: "admin" | "therapist" };
  counts: DispositionCount[];
  rows: QueueRowView[];
  next: string | null;
  /** When the server read these rows (ISO): newer urgent cases are offered by the "new case" notice. */
  loadedAt: string;
}

export function queueRowView(row: QueueRow): QueueRowView {
  return {
    id: row.id,
    disposition: row.disposition,
    overridden: row.disposition !== row.computedDisposition,
    reviewed: row.reviewed,
    patientName: row.patientName,
    startsAt: row.startsAt.toISOString(),
    therapist: row.bookingStatus === "cancelled" ? `${row.therapistName} · booking cancelled` : row.therapistName,
    region: row.region ? (REGION_LABELS[row.region as Region] ?? row.region) : "—",
    condition: row.topCondition ? conditionName(row.topCondition) : null,
  };
}
