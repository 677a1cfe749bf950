import pg from "pg";

import { insertBookingsSql } from "../../test/booking-factory";

/**
 * Makes the demo clinic a busy one: 10 therapists (7 more, Monday to Saturday
 * 08:00–20:00) and 10,000 bookings spread over the last 150 and next 60 days,
 * five a working day each, so slot lookups scan a realistic table.
 */
export async function seedBusyClinic(databaseUrl: string): Promise<{ therapists: number; bookings: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO therapists (slug, display_name, bio, sort_order)
      SELECT 'bench-' || n, 'Bench Therapist ' || n, 'Load-test therapist', 10 + n FROM generate_series(1, 7) n
      ON CONFLICT (slug) DO NOTHING`);
    await client.query(`
      INSERT INTO availability_rules (therapist_id, weekday, start_minutes, end_minutes)
      SELECT t.id, d, 480, 1200 FROM therapists t, generate_series(1, 6) d WHERE t.slug LIKE 'bench-%'`);
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO patients (name, email, phone) VALUES ('Bench Patient', 'bench@example.com', '07700 900000') RETURNING id",
    );
    // Per therapist: days -150..+60, five 30-minute bookings at 08:00, 10:00 … 16:00 local.
    await client.query(
      `WITH slots AS (
         SELECT t.id AS therapist_id,
                ((current_date + d) + make_interval(hours => 8 + 2 * k)) AT TIME ZONE 'Europe/London' AS starts_at
           FROM (SELECT id FROM therapists ORDER BY sort_order LIMIT 10) t, generate_series(-150, 59) d, generate_series(0, 4) k
       ), clear AS (
         SELECT * FROM slots s WHERE NOT EXISTS (
           SELECT 1 FROM bookings x WHERE x.therapist_id = s.therapist_id AND x.status <> 'cancelled'
             AND tstzrange(x.blocked_from, x.blocked_until) && tstzrange(s.starts_at, s.starts_at + interval '35 minutes'))
       ), numbered AS (SELECT *, row_number() OVER (ORDER BY starts_at, therapist_id) AS n FROM clear)
       ${insertBookingsSql(
         `(SELECT s.therapist_id, ty.id AS appointment_type_id, $1::uuid AS patient_id, s.starts_at,
                  CASE WHEN s.starts_at < now() THEN 'completed' ELSE 'booked' END::booking_status AS status,
                  md5('bench' || s.n) || md5('bench2' || s.n) AS manage_token_hash
             FROM numbered s, appointment_types ty
            WHERE ty.slug = 'follow-up' AND s.n <= 10000 - (SELECT count(*) FROM bookings))`,
         { columns: ["status", "manage_token_hash"], onConflictDoNothing: true },
       )}`,
      [rows[0]!.id],
    );
    await client.query("ANALYZE bookings");
    const count = await client.query(
      "SELECT (SELECT count(*)::int FROM therapists WHERE active) AS therapists, (SELECT count(*)::int FROM bookings) AS bookings",
    );
    return { therapists: count.rows[0].therapists, bookings: count.rows[0].bookings };
  } finally {
    await client.end();
  }
}

/**
 * Adds `count` therapists with no bookings, every day 08:00–20:00, for the
 * booking runs only (added after the slot runs, which they would change): each
 * gives about 20 free follow-ups a day to the booking horizon. Returns their ids.
 */
export async function addPostingTherapists(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO therapists (slug, display_name, bio, sort_order)
       SELECT 'bench-post-' || gen_random_uuid(), 'Bench Posting Therapist', 'Load-test therapist', 100
         FROM generate_series(1, $1) RETURNING id`,
      [count],
    );
    await client.query(
      `INSERT INTO availability_rules (therapist_id, weekday, start_minutes, end_minutes)
       SELECT t, d, 480, 1200 FROM unnest($1::uuid[]) t, generate_series(1, 7) d`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
