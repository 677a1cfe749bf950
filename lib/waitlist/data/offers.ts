import "server-only";

import type { BookingTimes } from "@/lib/booking/blocked-window";
import { executorFor } from "@/lib/booking/data/bookings";
import { isDeadlock, isExclusionViolation, isUniqueViolation } from "@/lib/booking/errors";
import type { PublicContact } from "@/lib/clinic/contact";
import { clinicContactIn } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailMessage } from "@/lib/mail/message";
import { enqueueMail } from "@/lib/mail/queue";

import type { FreedWindow } from "../match";

/** A waiting entry as the offer job reads it. */
export interface WaitingEntry {
  id: string;
  patientId: string;
  patientName: string;
  email: string;
  typeId: string;
  typeSlug: string;
  typeName: string;
  /** Null: any therapist. */
  therapistId: string | null;
  from: string;
  to: string;
  /** Starts (epoch ms) already offered to this entry with the window's therapist. */
  offered: number[];
}

export interface NewHold {
  entry: WaitingEntry;
  therapistId: string;
  times: BookingTimes;
  manageTokenHash: string;
  offerTokenHash: string;
  expiresAt: Date;
  mail: MailMessage;
}

type Tx = Prisma.TransactionClient;

/**
 * Lets go every open offer whose 30 minutes are up at `now`: the offer is marked
 * lapsed and its held time deleted, which (by trigger) records the time as freed
 * for the next person. An offer being accepted holds its row, so this waits and
 * then leaves it alone. Returns how many lapsed.
 */
export async function lapseExpiredOffers(now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    WITH lapsed AS (
      UPDATE waitlist_offers SET status = 'lapsed', decided_at = ${now}
      WHERE status = 'open' AND expires_at <= ${now} RETURNING booking_id
    ), let_go AS (
      DELETE FROM bookings WHERE id IN (SELECT booking_id FROM lapsed) AND status = 'held' RETURNING 1
    )
    SELECT count(*)::int AS n FROM lapsed`;
  return row?.n ?? 0;
}

export interface FreedWork {
  window: FreedWindow;
  clinic: PublicContact;
  /** Waiting entries that could take a time with the window's therapist, in joining order, none holding an offer. */
  entries: WaitingEntry[];
  /** Holds a time and queues its offer e-mail; false when the time was taken meanwhile. */
  hold: (hold: NewHold) => Promise<boolean>;
}

/**
 * Takes the oldest freed window no other run is working on (SKIP LOCKED: instances
 * never share one), runs `work` on it and deletes it, all in one transaction: the
 * holds and their e-mails commit with the window's removal, or none do and the
 * window waits for the next run. Null when no window is left.
 */
export async function withNextFreedWindow<T>(work: (w: FreedWork) => Promise<T>): Promise<{ result: T } | null> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; therapistId: string; from: Date; until: Date }[]>`
        SELECT id::text, therapist_id::text AS "therapistId", from_at AS "from", until_at AS "until"
        FROM waitlist_freed ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      await tx.$executeRaw`DELETE FROM waitlist_freed WHERE id = ${row.id}::bigint`;
      const { id: _id, ...window } = row;
      const clinic = await clinicContactIn(tx);
      const entries = await waitingEntries(tx, window.therapistId);
      return { result: await work({ window, clinic, entries, hold: (h) => holdIn(tx, h) }) };
    },
    { timeout: 60_000 },
  );
}

async function waitingEntries(tx: Tx, therapistId: string): Promise<WaitingEntry[]> {
  return tx.$queryRaw<WaitingEntry[]>`
    SELECT e.id::text, e.patient_id::text AS "patientId", p.name AS "patientName", p.email,
           t.id::text AS "typeId", t.slug AS "typeSlug", t.name AS "typeName", e.therapist_id::text AS "therapistId",
           to_char(e.from_date, 'YYYY-MM-DD') AS "from", to_char(e.to_date, 'YYYY-MM-DD') AS "to",
           coalesce((SELECT array_agg((extract(epoch FROM o.starts_at) * 1000)::float8) FROM waitlist_offers o
                      WHERE o.entry_id = e.id AND o.therapist_id = ${therapistId}::uuid), '{}') AS offered
    FROM waitlist_entries e
    JOIN patients p ON p.id = e.patient_id
    JOIN appointment_types t ON t.id = e.appointment_type_id AND t.active
    WHERE e.status = 'waiting' AND (e.therapist_id IS NULL OR e.therapist_id = ${therapistId}::uuid)
      AND e.to_date >= current_date - 1
      AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = e.id AND o.status = 'open')
    ORDER BY e.created_at, e.id`;
}

/**
 * The held booking row (the EXCLUDE constraint guards it like any booking), the
 * offer and its e-mail, under a savepoint: a time taken meanwhile rolls back this
 * hold only, and the run goes on with the next time or person.
 */
async function holdIn(tx: Tx, h: NewHold): Promise<boolean> {
  await tx.$executeRawUnsafe("SAVEPOINT waitlist_hold");
  try {
    const [booking] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO bookings (therapist_id, appointment_type_id, patient_id, starts_at, ends_at, blocked_from, blocked_until,
                            status, manage_token_hash, hold_expires_at)
      VALUES (${h.therapistId}::uuid, ${h.entry.typeId}::uuid, ${h.entry.patientId}::uuid, ${h.times.startsAt},
              ${h.times.endsAt}, ${h.times.blockedFrom}, ${h.times.blockedUntil}, 'held', ${h.manageTokenHash}, ${h.expiresAt})
      RETURNING id::text`;
    await tx.$executeRaw`
      INSERT INTO waitlist_offers (entry_id, booking_id, therapist_id, starts_at, token_hash, expires_at)
      VALUES (${h.entry.id}::uuid, ${booking!.id}::uuid, ${h.therapistId}::uuid, ${h.times.startsAt}, ${h.offerTokenHash},
              ${h.expiresAt})`;
    await enqueueMail(executorFor(tx), h.mail);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT waitlist_hold");
    return true;
  } catch (error) {
    if (!isExclusionViolation(error) && !isUniqueViolation(error) && !isDeadlock(error)) throw error;
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT waitlist_hold");
    return false;
  }
}

export interface OfferForPatient {
  /** "expired": still open in the table, but its 30 minutes are up. */
  status: "open" | "accepted" | "declined" | "lapsed" | "expired";
  startsAt: Date;
  heldUntil: Date;
  typeName: string;
  minutes: number;
  therapistName: string;
}

/** What an offer link's page shows: the time, the type and therapist, and whether it is still held. */
export async function findOfferByTokenHash(hash: string, now: Date): Promise<OfferForPatient | null> {
  const row = await db.waitlistOffer.findUnique({
    where: { tokenHash: hash },
    select: {
      status: true,
      startsAt: true,
      expiresAt: true,
      therapist: { select: { displayName: true } },
      entry: { select: { appointmentType: { select: { name: true, minutes: true } } } },
    },
  });
  if (!row) return null;
  const status = row.status as OfferForPatient["status"];
  return {
    status: status === "open" && row.expiresAt <= now ? "expired" : status,
    startsAt: row.startsAt,
    heldUntil: row.expiresAt,
    typeName: row.entry.appointmentType.name,
    minutes: row.entry.appointmentType.minutes,
    therapistName: row.therapist.displayName,
  };
}

export interface AcceptedOffer {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  therapist: { id: string; displayName: string };
  type: { slug: string; name: string; minutes: number };
  patient: { name: string; email: string };
  clinic: PublicContact;
}

/** The booking's new links and confirmation, made once the offer's details are read. */
export interface AcceptanceWrites {
  manageTokenHash: string;
  manageTokenSealed: string;
  intakeTokenHash: string;
  mail: MailMessage;
}

/**
 * Turns the held time into the patient's booking, with its links and confirmation
 * e-mail, in one transaction, while the offer is open and inside its 30 minutes.
 * The offer's row lock makes a second press, a decline or the lapse job wait and
 * then find it decided. "gone": lapsed, declined, already accepted or expired.
 */
export async function acceptOfferRow(
  hash: string,
  now: Date,
  writes: (offer: AcceptedOffer) => AcceptanceWrites,
): Promise<AcceptedOffer | "gone" | null> {
  return db.$transaction(async (tx) => {
    const [offer] = await tx.$queryRaw<{ id: string; entryId: string; open: boolean; bookingId: string | null }[]>`
      SELECT id::text, entry_id::text AS "entryId", booking_id::text AS "bookingId",
             status = 'open' AND expires_at > ${now} AS open
      FROM waitlist_offers WHERE token_hash = ${hash} FOR UPDATE`;
    if (!offer) return null;
    if (!offer.open || !offer.bookingId) return "gone";
    const row = await tx.booking.findUnique({
      where: { id: offer.bookingId },
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        therapist: { select: { id: true, displayName: true } },
        appointmentType: { select: { slug: true, name: true, minutes: true } },
        patient: { select: { name: true, email: true } },
      },
    });
    if (!row || row.status !== "held") return "gone";
    const accepted: AcceptedOffer = {
      bookingId: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      therapist: row.therapist,
      type: row.appointmentType,
      patient: row.patient,
      clinic: await clinicContactIn(tx),
    };
    const w = writes(accepted);
    await tx.$executeRaw`
      UPDATE bookings SET status = 'booked', hold_expires_at = NULL, manage_token_hash = ${w.manageTokenHash},
             manage_token_sealed = ${w.manageTokenSealed}, intake_token_hash = ${w.intakeTokenHash},
             messages_from = ${now}, created_at = ${now}, updated_at = ${now}
      WHERE id = ${row.id}::uuid AND status = 'held'`;
    await tx.$executeRaw`UPDATE waitlist_offers SET status = 'accepted', decided_at = ${now} WHERE id = ${offer.id}::uuid`;
    await tx.$executeRaw`UPDATE waitlist_entries SET status = 'booked' WHERE id = ${offer.entryId}::uuid`;
    await enqueueMail(executorFor(tx), w.mail);
    return accepted;
  });
}

/**
 * Lets an open offer go at the patient's word: the held time is deleted (and so
 * recorded as freed for the next person); they stay on the list. Null for an
 * unknown link; false when the offer was already decided or expired.
 */
export async function declineOfferRow(hash: string, now: Date): Promise<boolean | null> {
  return db.$transaction(async (tx) => {
    const [offer] = await tx.$queryRaw<{ id: string; open: boolean; bookingId: string | null }[]>`
      SELECT id::text, booking_id::text AS "bookingId", status = 'open' AND expires_at > ${now} AS open
      FROM waitlist_offers WHERE token_hash = ${hash} FOR UPDATE`;
    if (!offer) return null;
    if (!offer.open) return false;
    await tx.$executeRaw`UPDATE waitlist_offers SET status = 'declined', decided_at = ${now} WHERE id = ${offer.id}::uuid`;
    if (offer.bookingId)
      await tx.$executeRaw`DELETE FROM bookings WHERE id = ${offer.bookingId}::uuid AND status = 'held'`;
    return true;
  });
}
