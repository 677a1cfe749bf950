import pg from "pg";
import { inject } from "vitest";

/** A raw connection to this run's database (or `url`'s), for arranging data and checking what was stored. */
export async function withPg<T>(
  fn: (client: pg.Client) => Promise<T>,
  url: string = inject("databaseUrl"),
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function seededIds() {
  return withPg(async (client) => {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`seed data missing: ${sql}`);
      return rows[0] as Record<string, string | number>;
    };
    const maya = await one("SELECT id FROM therapists WHERE slug = 'maya-okafor'");
    const tom = await one("SELECT id FROM therapists WHERE slug = 'tom-reilly'");
    const type = await one(
      "SELECT id, minutes, buffer_before_minutes, buffer_after_minutes FROM appointment_types WHERE slug = 'running-gait-analysis'",
    );
    const patient = await one("SELECT id FROM patients ORDER BY created_at LIMIT 1");
    return {
      mayaId: String(maya.id),
      tomId: String(tom.id),
      gaitTypeId: String(type.id),
      gaitBufferBefore: Number(type.buffer_before_minutes),
      gaitBufferAfter: Number(type.buffer_after_minutes),
      patientId: String(patient.id),
    };
  });
}
