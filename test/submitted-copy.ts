import { withPg } from "./pg";

/**
 * Gives `bookingId` a submitted questionnaire and triage result copied from
 * `fromIntakeId`, as if the patient of that booking had filled it in.
 */
export async function submitCopyOf(fromIntakeId: string, bookingId: string): Promise<string> {
  return withPg(async (c) => {
    const { rows } = await c.query<{ intake_id: string }>(
      `WITH src AS (
         SELECT i.answers, i.questionnaire_version, i.consent_text_version, r.disposition, r.flags, r.suspected, r.scores, r.rules_version
           FROM intakes i JOIN current_triage r ON r.intake_id = i.id WHERE i.id = $1),
       i AS (
         INSERT INTO intakes (booking_id, status, answers, questionnaire_version, consent_text_version, consented_at, submitted_at)
         SELECT $2, 'submitted', src.answers, src.questionnaire_version, src.consent_text_version, now(), now() FROM src RETURNING id)
       INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
       SELECT i.id, src.disposition, src.flags, src.suspected, src.scores, src.questionnaire_version, src.rules_version FROM i, src
       RETURNING intake_id`,
      [fromIntakeId, bookingId],
    );
    return rows[0]!.intake_id;
  });
}
