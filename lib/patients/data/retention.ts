import "server-only";

import { db } from "@/lib/db";

import { anonymisePatient, patientsPastRetention } from "./erase";

const BATCH = 200;

/**
 * The retention job, every 12 hours (lib/mail/worker-start.ts): anonymises, as erasure does,
 * every patient whose last appointment (or, with none, their record) is older than
 * the clinic's retention period, in batches, each with one audit event saying how
 * many (no names: the job has no actor). Returns how many it anonymised.
 */
export async function runRetention(now = new Date()): Promise<{ years: number; anonymised: number }> {
  const settings = await db.clinicSettings.findUnique({ where: { id: 1 }, select: { retentionYears: true } });
  const years = settings?.retentionYears ?? 8;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  let anonymised = 0;
  for (;;) {
    const done = await db.$transaction(
      async (tx) => {
        const ids = await patientsPastRetention(tx, cutoff, BATCH);
        for (const id of ids) await anonymisePatient(tx, id, null, now);
        if (ids.length > 0) {
          await tx.$executeRaw`
            INSERT INTO audit_events (action, subject_type, subject_id, details)
            VALUES ('patients.retention', 'clinic', 'retention', ${JSON.stringify({ count: ids.length, years })}::jsonb)`;
        }
        return ids.length;
      },
      { timeout: 120_000 },
    );
    anonymised += done;
    if (done < BATCH) break;
  }
  return { years, anonymised };
}
