import pg from "pg";

import { REGIONS } from "../../lib/intake/regions";
import { insertBookingsSql } from "../../test/booking-factory";

/**
 * Fills the staff queue: `total` submitted intakes, each with its own patient,
 * booking and triage result, spread over 20 load-test therapists, the four
 * dispositions (emergency 2 %, urgent 10 %, soon 28 %, routine 60 %), every
 * body region, and appointments from about 400 days ago to 225 days ahead.
 * Set-based: one INSERT … SELECT per table. The staff migration's triggers copy
 * the booking and the latest result onto intakes.case_*, as they would live.
 */
export async function seedBusyQueue(
  databaseUrl: string,
  total = 100_000,
): Promise<{ intakes: number; therapists: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`
      INSERT INTO therapists (slug, display_name, bio, sort_order)
      SELECT 'bench-' || k, 'Bench Therapist ' || k, 'Load-test therapist', 10 + k FROM generate_series(1, 20) k`);
    // One row per case with its own ids, so the inserts below join without lookups.
    // Each therapist gets every 20th row, 3 hours apart: no two of a therapist's
    // bookings overlap (the bookings_no_overlap constraint), whatever the status.
    await client.query(
      `CREATE TEMP TABLE bench_case ON COMMIT DROP AS
       WITH th AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM therapists WHERE slug LIKE 'bench-%')
       SELECT n, gen_random_uuid() AS patient_id, gen_random_uuid() AS booking_id, gen_random_uuid() AS intake_id,
              th.ids[1 + n % 20] AS therapist_id,
              date_trunc('hour', now()) - interval '400 days' + (n / 20) * interval '3 hours' + interval '15 minutes' AS starts_at,
              CASE WHEN (n * 7919) % 100 < 2 THEN 'emergency' WHEN (n * 7919) % 100 < 12 THEN 'urgent'
                   WHEN (n * 7919) % 100 < 40 THEN 'soon' ELSE 'routine' END::disposition AS disposition,
              ($2::text[])[1 + (n * 31) % array_length($2::text[], 1)] AS region
         FROM generate_series(0, $1::int - 1) n, th`,
      [total, REGIONS],
    );
    await client.query(`
      INSERT INTO patients (id, name, email, phone)
      SELECT patient_id, 'Bench Patient ' || n, 'bench' || n || '@example.com', '07700 900000' FROM bench_case`);
    await client.query(
      insertBookingsSql(
        `(SELECT c.booking_id AS id, c.therapist_id, ty.id AS appointment_type_id, c.patient_id, c.starts_at,
                 CASE WHEN c.n % 25 = 0 THEN 'cancelled' WHEN c.starts_at >= now() THEN 'booked'
                      WHEN c.n % 17 = 0 THEN 'no_show' ELSE 'completed' END::booking_status AS status,
                 md5('bench-staff' || c.n) || md5('bench-staff-2' || c.n) AS manage_token_hash, c.region
            FROM bench_case c, appointment_types ty WHERE ty.slug = 'follow-up')`,
        { columns: ["id", "status", "manage_token_hash", "region"] },
      ),
    );
    await client.query(`
      INSERT INTO intakes (id, booking_id, status, answers, questionnaire_version, consent_text_version, consented_at, submitted_at)
      SELECT intake_id, booking_id, 'submitted', jsonb_build_object('region', region), 1, 1,
             starts_at - interval '2 days', starts_at - interval '2 days'
        FROM bench_case`);
    // Past appointments are mostly reviewed, future ones mostly not.
    await client.query(`
      INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version, created_at, reviewed_by_id, reviewed_at)
      SELECT c.intake_id, c.disposition, '[]'::jsonb, '[]'::jsonb, '{}'::jsonb, 1, 1, c.starts_at - interval '2 days',
             CASE WHEN r.reviewed THEN a.id END, CASE WHEN r.reviewed THEN c.starts_at - interval '1 day' END
        FROM bench_case c
        CROSS JOIN LATERAL (SELECT (c.n * 13) % 10 < CASE WHEN c.starts_at < now() THEN 9 ELSE 3 END AS reviewed) r
        CROSS JOIN (SELECT id FROM staff_users WHERE role = 'admin' ORDER BY created_at LIMIT 1) a`);
    await client.query("COMMIT");
    // Autovacuum would do this on a live server; without it every index-only scan visits the heap.
    await client.query("VACUUM ANALYZE intakes");
    await client.query("VACUUM ANALYZE bookings");
    await client.query("VACUUM ANALYZE patients");
    await client.query("VACUUM ANALYZE triage_results");
    // The counts' trigger updated its few hundred rows 200,000 times in one
    // transaction while seeding, leaving ~800 pages for ~170 rows: a plain VACUUM
    // frees them but keeps the file, and every count would read it all. On a live
    // server the same rows fill in over months, pruned and vacuumed as they go, and
    // stay a few pages; FULL gives the table that size.
    await client.query("VACUUM FULL ANALYZE intake_queue_counts");
    await client.query("ANALYZE");
    const { rows } = await client.query(
      "SELECT (SELECT count(*)::int FROM intakes WHERE status = 'submitted') AS intakes, (SELECT count(*)::int FROM therapists) AS therapists",
    );
    return rows[0] as { intakes: number; therapists: number };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
