import type pg from "pg";

import { insertBookingsSql } from "./booking-factory";

export type CaseLevel = "emergency" | "urgent" | "soon" | "routine";

/**
 * A submitted case for `therapistId`: the answers and triage result of the first
 * demo case at `level`, with a patient and a booking of its own at `startsAt`
 * (of the demo case's type: its length, blocked by its buffers). The Vitest and
 * Playwright helpers both give their throwaway therapists cases this way, so
 * tests can change them without touching the demo's.
 */
export async function copyDemoCase(
  client: pg.Client,
  opts: {
    level: CaseLevel;
    therapistId: string;
    patientName: string;
    patientEmail: string;
    startsAt: Date;
    tokenHash: string;
  },
): Promise<{ intakeId: string; bookingId: string }> {
  const { rows } = await client.query<{ intake_id: string; booking_id: string }>(
    `WITH src AS (
       SELECT i.answers, i.questionnaire_version, i.consent_text_version, b.appointment_type_id, r.flags, r.suspected, r.scores, r.rules_version
         FROM intakes i JOIN bookings b ON b.id = i.booking_id
         JOIN current_triage r ON r.intake_id = i.id
        WHERE i.status = 'submitted' AND r.disposition = $1 ORDER BY i.created_at LIMIT 1),
     p AS (INSERT INTO patients (name, email, phone) VALUES ($2, $3, '07700 900123') RETURNING id),
     b AS (${insertBookingsSql(
       `(SELECT $4::uuid AS therapist_id, src.appointment_type_id, p.id AS patient_id, $5::timestamptz AS starts_at,
                $6::text AS manage_token_hash FROM src, p)`,
       { columns: ["manage_token_hash"], returning: "id" },
     )}),
     i AS (
       INSERT INTO intakes (booking_id, status, answers, questionnaire_version, consent_text_version, consented_at, submitted_at)
       SELECT b.id, 'submitted', src.answers, src.questionnaire_version, src.consent_text_version, now(), now() FROM b, src RETURNING id, booking_id)
     INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
     SELECT i.id, $1, src.flags, src.suspected, src.scores, src.questionnaire_version, src.rules_version FROM i, src
     RETURNING intake_id, (SELECT booking_id FROM i) AS booking_id`,
    [opts.level, opts.patientName, opts.patientEmail, opts.therapistId, opts.startsAt.toISOString(), opts.tokenHash],
  );
  const row = rows[0];
  if (!row) throw new Error(`no submitted demo case at ${opts.level} to copy`);
  return { intakeId: row.intake_id, bookingId: row.booking_id };
}
