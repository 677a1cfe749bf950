import "server-only";

import { db } from "@/lib/db";
import { enqueueMail, type SqlExecutor } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/message";

import { isDeadlock, isExclusionViolation, isUniqueViolation, SlotUnavailableError } from "../errors";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** pg-boss writes its job through the booking's own transaction. */
export function executorFor(tx: Tx): SqlExecutor {
  return {
    executeSql: async (text, values) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(
        text,
        ...values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v)),
      ),
    }),
  };
}

export class IdempotencyKeyTaken extends Error {}

export interface NewBooking {
  id: string;
  patient: { name: string; email: string; phone: string };
  therapistId: string;
  appointmentTypeId: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  manageTokenHash: string;
  intakeTokenHash: string;
  idempotencyKey?: string;
  idempotentReply?: string;
  notes?: string;
  region?: string;
  area?: string;
  mail: MailMessage;
}

/**
 * The patient (reused when the same e-mail and name come back, any case), the
 * booking and its confirmation e-mail, in one transaction: all or nothing. The
 * EXCLUDE constraint decides races: the loser gets SlotUnavailableError.
 */
export async function insertBookingWithPatient(b: NewBooking): Promise<{ id: string }> {
  // A deadlock victim tries once more: by then the other request has committed
  // or rolled back, so the constraint gives a plain answer.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertOnce(b);
    } catch (error) {
      if (isDeadlock(error)) {
        if (attempt < 2) continue;
        throw new SlotUnavailableError();
      }
      if (isExclusionViolation(error)) throw new SlotUnavailableError();
      if (b.idempotencyKey && isUniqueViolation(error)) throw new IdempotencyKeyTaken();
      throw error;
    }
  }
}

async function insertOnce(b: NewBooking): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    // One statement for the patient and the booking: fewer round trips while the row lock is held.
    await tx.$executeRaw`
      WITH patient AS (
        INSERT INTO patients (name, email, phone) VALUES (${b.patient.name}, ${b.patient.email}, ${b.patient.phone})
        ON CONFLICT (lower(email), lower(name)) DO UPDATE SET phone = EXCLUDED.phone
        RETURNING id
      )
      INSERT INTO bookings (id, therapist_id, appointment_type_id, patient_id, starts_at, ends_at, blocked_from, blocked_until,
                            manage_token_hash, intake_token_hash, idempotency_key, notes, region, area, idempotent_reply)
      SELECT ${b.id}::uuid, ${b.therapistId}::uuid, ${b.appointmentTypeId}::uuid, patient.id, ${b.startsAt}::timestamptz,
             ${b.endsAt}::timestamptz, ${b.blockedFrom}::timestamptz, ${b.blockedUntil}::timestamptz, ${b.manageTokenHash},
             ${b.intakeTokenHash}, ${b.idempotencyKey ?? null}, ${b.notes || null}, ${b.region ?? null}, ${b.area ?? null},
             ${b.idempotentReply ?? null}
      FROM patient`;
    await enqueueMail(executorFor(tx), b.mail);
    return { id: b.id };
  });
}

/** The sealed first reply to an Idempotency-Key, if that key has booked before. */
export async function findIdempotentReply(key: string): Promise<string | null> {
  const found = await db.booking.findUnique({ where: { idempotencyKey: key }, select: { idempotentReply: true } });
  return found?.idempotentReply ?? null;
}
