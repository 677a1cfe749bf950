import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { executorFor } from "@/lib/booking/data/bookings";
import { CONTACT_COLUMNS, type PublicContact } from "@/lib/clinic/contact";
import { db } from "@/lib/db";
import type { MailMessage } from "@/lib/mail/message";
import { enqueueMail } from "@/lib/mail/queue";

import type { BookingForMail } from "./mail-details";
import type { MessageKind } from "./plan";
import { hoursText, type MessageOffsets } from "./settings";

export interface MessageSettings {
  clinic: PublicContact;
  reminders: number[];
  chases: number[];
}

/** The clinic's contact and message offsets, read fresh (the dispatcher runs outside any page's cache). */
export async function messageSettings(): Promise<MessageSettings | null> {
  const row = await db.clinicSettings.findUnique({
    where: { id: 1 },
    select: { ...CONTACT_COLUMNS, reminderOffsetsMinutes: true, chaseOffsetsMinutes: true },
  });
  if (!row) return null;
  const { reminderOffsetsMinutes, chaseOffsetsMinutes, ...clinic } = row;
  return { clinic, reminders: reminderOffsetsMinutes, chases: chaseOffsetsMinutes };
}

export interface BookingToRemind extends BookingForMail {
  messagesFrom: Date;
  questionnaireSent: boolean;
  /** Keys (kind:offset) of the messages already sent for this start time. */
  sent: string[];
}

/**
 * Live bookings starting within `horizonMinutes` of `now` whose links were kept
 * (bookings made before reminders existed have none, and get none).
 */
export async function bookingsToRemind(now: Date, horizonMinutes: number): Promise<BookingToRemind[]> {
  return db.$queryRaw<BookingToRemind[]>`
    SELECT b.id::text, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.created_at AS "createdAt",
           b.updated_at AS "updatedAt", b.messages_from AS "messagesFrom",
           coalesce(i.status = 'submitted', false) AS "questionnaireSent",
           coalesce((SELECT array_agg(m.kind || ':' || m.offset_minutes) FROM booking_messages m
                      WHERE m.booking_id = b.id AND m.starts_at = b.starts_at), '{}') AS sent,
           b.manage_token_sealed AS "manageTokenSealed", p.name AS "patientName", p.email,
           t.name AS "typeName", t.minutes, th.display_name AS "therapistName"
    FROM bookings b
    JOIN patients p ON p.id = b.patient_id
    JOIN appointment_types t ON t.id = b.appointment_type_id
    JOIN therapists th ON th.id = b.therapist_id
    LEFT JOIN intakes i ON i.booking_id = b.id
    WHERE b.status = 'booked' AND b.manage_token_sealed IS NOT NULL
      AND b.starts_at > ${now} AND b.starts_at <= ${now}::timestamptz + make_interval(mins => ${horizonMinutes}::int)
    ORDER BY b.starts_at`;
}

class AlreadyClaimed extends Error {}

/**
 * Records the messages as sent for this start time and queues the one e-mail, in
 * one transaction; false (nothing queued) when the booking was cancelled or moved
 * meanwhile, or another dispatcher (another instance, or before a restart) sent them.
 * The row lock makes a cancellation wait for this, or this see the cancellation.
 */
export async function claimMessages(
  bookingId: string,
  startsAt: Date,
  messages: { kind: MessageKind; offsetMinutes: number }[],
  mail: MailMessage,
): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const live = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM bookings WHERE id = ${bookingId}::uuid AND status = 'booked' AND starts_at = ${startsAt} FOR UPDATE`;
      if (live.length === 0) return false;
      const claimed = await tx.$queryRaw<unknown[]>`
        INSERT INTO booking_messages (booking_id, kind, offset_minutes, starts_at)
        SELECT ${bookingId}::uuid, k, o, ${startsAt}
        FROM unnest(${messages.map((m) => m.kind)}::text[], ${messages.map((m) => m.offsetMinutes)}::int[]) AS x(k, o)
        ON CONFLICT DO NOTHING RETURNING 1`;
      if (claimed.length !== messages.length) throw new AlreadyClaimed();
      await enqueueMail(executorFor(tx), mail);
      return true;
    });
  } catch (error) {
    if (error instanceof AlreadyClaimed) return false;
    throw error;
  }
}

/** The message times as an admin sees and changes them (the row as it is now). */
export async function readMessageOffsetsForAdmin(actor: StaffActor): Promise<MessageOffsets> {
  assertActor(actor, "admin");
  const row = await db.clinicSettings.findUnique({
    where: { id: 1 },
    select: { reminderOffsetsMinutes: true, chaseOffsetsMinutes: true },
  });
  return { reminders: row?.reminderOffsetsMinutes ?? [2880, 120], chases: row?.chaseOffsetsMinutes ?? [4320, 1440] };
}

/** Saves the clinic's message times (admins only, audited); the next minute's dispatch uses them on every instance. */
export async function updateMessageOffsets(actor: StaffActor, offsets: MessageOffsets): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.clinicSettings.update({
      where: { id: 1 },
      data: { reminderOffsetsMinutes: offsets.reminders, chaseOffsetsMinutes: offsets.chases },
    });
    await recordAudit(tx, actor, "clinic.messages_update", "clinic", "1", {
      reminders: hoursText(offsets.reminders),
      chases: hoursText(offsets.chases),
    });
  });
}
