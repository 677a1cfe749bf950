import "server-only";

import { executorFor } from "@/lib/booking/data/bookings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QUESTION_DEFS } from "@/lib/intake/questionnaire";
import { cancelQueuedMailTo } from "@/lib/mail/queue";

// What erasure removes from a questionnaire: free text the patient typed, and the date of birth.
const FREE_TEXT = QUESTION_DEFS.filter((q) => q.type === "text").map((q) => q.id);
const REMOVED_ANSWERS = [...FREE_TEXT, "dob"];

export const ERASED_NAME = "Erased patient";

/**
 * Removes a patient's name, e-mail, phone and date of birth, every free-text answer
 * (PSFS activities are blanked; their scores stay), their note at booking and the staff's
 * notes' text, inside the caller's transaction. Kept: appointment times, dispositions,
 * scores and the audit trail (which names no patient details). Their links stop working,
 * appointments still to come are cancelled (the time freed for the waitlist), their
 * waitlist places are given up and e-mails still queued to them are not sent.
 */
export async function anonymisePatient(
  tx: Prisma.TransactionClient,
  patientId: string,
  erasedBy: string | null,
  now: Date,
): Promise<void> {
  const [patient] = await tx.$queryRaw<{ email: string }[]>`
    SELECT email FROM patients WHERE id = ${patientId}::uuid FOR UPDATE`;
  if (!patient) return;
  await tx.$executeRaw`
    UPDATE bookings SET status = 'cancelled', cancelled_at = ${now}
    WHERE patient_id = ${patientId}::uuid AND status = 'booked' AND starts_at > ${now}`;
  await tx.$executeRaw`
    WITH let_go AS (
      UPDATE waitlist_offers SET status = 'declined', decided_at = ${now}
      WHERE status = 'open' AND entry_id IN (SELECT id FROM waitlist_entries WHERE patient_id = ${patientId}::uuid)
      RETURNING booking_id
    )
    DELETE FROM bookings WHERE id IN (SELECT booking_id FROM let_go) AND status = 'held'`;
  await tx.$executeRaw`
    UPDATE waitlist_entries SET status = 'left', left_at = coalesce(left_at, ${now}),
           leave_token_hash = 'erased:' || id::text
    WHERE patient_id = ${patientId}::uuid`;
  await tx.$executeRaw`
    DELETE FROM idempotency_keys WHERE booking_id IN (SELECT id FROM bookings WHERE patient_id = ${patientId}::uuid)`;
  await tx.$executeRaw`
    UPDATE bookings SET notes = NULL, manage_token_hash = 'erased:' || id::text, intake_token_hash = NULL,
           manage_token_sealed = NULL
    WHERE patient_id = ${patientId}::uuid`;
  await tx.$executeRaw`
    UPDATE intakes SET answers = (answers - ${REMOVED_ANSWERS}::text[]) ||
           CASE WHEN jsonb_typeof(answers -> 'psfs') = 'array'
                THEN jsonb_build_object('psfs', (SELECT coalesce(jsonb_agg(jsonb_set(row, '{activity}', '""')), '[]'::jsonb)
                                                 FROM jsonb_array_elements(answers -> 'psfs') AS row))
                ELSE '{}'::jsonb END
    WHERE booking_id IN (SELECT id FROM bookings WHERE patient_id = ${patientId}::uuid)`;
  await tx.$executeRaw`
    UPDATE staff_notes SET body = '', erased_at = ${now}
    WHERE erased_at IS NULL AND intake_id IN (
      SELECT i.id FROM intakes i JOIN bookings b ON b.id = i.booking_id WHERE b.patient_id = ${patientId}::uuid)`;
  await tx.$executeRaw`DELETE FROM patient_link_tokens WHERE patient_id = ${patientId}::uuid`;
  await tx.$executeRaw`
    UPDATE patients SET name = ${ERASED_NAME}, email = '', phone = '', date_of_birth = NULL,
           erased_at = ${now}, erased_by = ${erasedBy}::uuid
    WHERE id = ${patientId}::uuid`;
  if (patient.email) await cancelQueuedMailTo(executorFor(tx), patient.email);
}

/** Patients not erased whose last appointment (or, with none, their record) is older than the cut-off. */
export async function patientsPastRetention(
  tx: Prisma.TransactionClient,
  cutoff: Date,
  limit: number,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT p.id::text FROM patients p
    WHERE p.erased_at IS NULL
      AND greatest(p.created_at, (SELECT max(b.starts_at) FROM bookings b WHERE b.patient_id = p.id)) < ${cutoff}
    ORDER BY p.created_at
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}
