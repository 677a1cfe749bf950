import "server-only";

import { executorFor } from "@/lib/booking/data/bookings";
import { db } from "@/lib/db";
import type { MailMessage } from "@/lib/mail/message";
import { enqueueMail } from "@/lib/mail/queue";

export interface NewWaitlistEntry {
  patient: { name: string; email: string; phone: string };
  appointmentTypeId: string;
  /** Null: any therapist. */
  therapistId: string | null;
  from: string;
  to: string;
  leaveTokenHash: string;
  mail: MailMessage;
  /** At most this many waiting entries per e-mail address (any case). */
  maxWaitingForEmail: number;
}

/** The address already waits for as many times as the clinic allows. */
export class WaitlistLimitReached extends Error {}

// Namespace of the per-address advisory locks (bookings use 16_003).
const EMAIL_LOCK_SPACE = 16_004;

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);
const dateText = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A patient record of its own, the entry and its confirmation e-mail, in one
 * transaction. The count and the insert run under a lock on the address, so
 * parallel requests cannot all see room for one more.
 */
export async function insertWaitlistEntry(e: NewWaitlistEntry): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK_SPACE}::int, hashtext(lower(${e.patient.email})))`;
    const [row] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM waitlist_entries w JOIN patients p ON p.id = w.patient_id
      WHERE lower(p.email) = lower(${e.patient.email}) AND w.status = 'waiting' AND w.to_date >= current_date`;
    if ((row?.n ?? 0) >= e.maxWaitingForEmail) throw new WaitlistLimitReached();
    const patient = await tx.patient.create({ data: e.patient, select: { id: true } });
    const entry = await tx.waitlistEntry.create({
      data: {
        patientId: patient.id,
        appointmentTypeId: e.appointmentTypeId,
        therapistId: e.therapistId,
        fromDate: asDate(e.from),
        toDate: asDate(e.to),
        leaveTokenHash: e.leaveTokenHash,
      },
      select: { id: true },
    });
    await enqueueMail(executorFor(tx), e.mail);
    return entry;
  });
}

export interface EntryForPatient {
  status: "waiting" | "booked" | "left";
  typeName: string;
  therapistName: string | null;
  from: string;
  to: string;
}

/** What a leave link's page shows: the entry's type, therapist and dates (no one's name). */
export async function findEntryByLeaveHash(hash: string): Promise<EntryForPatient | null> {
  const row = await db.waitlistEntry.findUnique({
    where: { leaveTokenHash: hash },
    select: {
      status: true,
      fromDate: true,
      toDate: true,
      appointmentType: { select: { name: true } },
      therapist: { select: { displayName: true } },
    },
  });
  if (!row) return null;
  return {
    status: row.status as EntryForPatient["status"],
    typeName: row.appointmentType.name,
    therapistName: row.therapist?.displayName ?? null,
    from: dateText(row.fromDate),
    to: dateText(row.toDate),
  };
}

/**
 * Takes the entry off the list; an offer it holds is let go (its held time
 * freed, so the next person gets it). Null for an unknown link; false when it
 * had already left or booked.
 */
export async function leaveWaitlistEntry(hash: string, now: Date): Promise<boolean | null> {
  return db.$transaction(async (tx) => {
    const [entry] = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id::text, status FROM waitlist_entries WHERE leave_token_hash = ${hash} FOR UPDATE`;
    if (!entry) return null;
    if (entry.status !== "waiting") return false;
    await tx.$executeRaw`UPDATE waitlist_entries SET status = 'left', left_at = ${now} WHERE id = ${entry.id}::uuid`;
    await tx.$executeRaw`
      WITH let_go AS (
        UPDATE waitlist_offers SET status = 'declined', decided_at = ${now}
        WHERE entry_id = ${entry.id}::uuid AND status = 'open' RETURNING booking_id
      )
      DELETE FROM bookings WHERE id IN (SELECT booking_id FROM let_go) AND status = 'held'`;
    return true;
  });
}
