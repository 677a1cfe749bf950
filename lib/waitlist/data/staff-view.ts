import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";

export interface WaitlistRow {
  entryId: string;
  typeName: string;
  /** Null: any therapist. */
  therapistName: string | null;
  patientName: string;
  phone: string;
  from: string;
  to: string;
  joinedAt: Date;
  /** The time held for them now, if any. */
  offer: { startsAt: Date; heldUntil: Date; therapistName: string } | null;
}

/**
 * Everyone waiting whose last date is not past, in joining order (the order offers
 * go in). A therapist sees those waiting for them or for anyone; an admin sees all.
 * Names and phone numbers, no health data; audited as a read of patients' details.
 */
export async function readWaitlist(actor: StaffActor, now = new Date()): Promise<WaitlistRow[]> {
  assertActor(actor);
  const mine = actor.role === "admin" ? null : (actor.therapistId ?? "00000000-0000-0000-0000-000000000000");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      (Omit<WaitlistRow, "offer"> & {
        offerStart: Date | null;
        offerUntil: Date | null;
        offerTherapist: string | null;
      })[]
    >`
      SELECT e.id::text AS "entryId", t.name AS "typeName", th.display_name AS "therapistName", p.name AS "patientName",
             p.phone, to_char(e.from_date, 'YYYY-MM-DD') AS "from", to_char(e.to_date, 'YYYY-MM-DD') AS "to",
             e.created_at AS "joinedAt", o.starts_at AS "offerStart", o.expires_at AS "offerUntil",
             oth.display_name AS "offerTherapist"
      FROM waitlist_entries e
      JOIN patients p ON p.id = e.patient_id
      JOIN appointment_types t ON t.id = e.appointment_type_id
      LEFT JOIN therapists th ON th.id = e.therapist_id
      LEFT JOIN waitlist_offers o ON o.entry_id = e.id AND o.status = 'open' AND o.expires_at > ${now}
      LEFT JOIN therapists oth ON oth.id = o.therapist_id
      WHERE e.status = 'waiting' AND e.to_date >= (${now}::timestamptz AT TIME ZONE 'UTC')::date - 1
        AND (${mine}::uuid IS NULL OR e.therapist_id IS NULL OR e.therapist_id = ${mine}::uuid)
      ORDER BY t.sort_order, t.name, th.display_name NULLS FIRST, e.created_at`;
    await recordAudit(tx, actor, "waitlist.view", "clinic", "waitlist", { rows: rows.length });
    return rows.map(({ offerStart, offerUntil, offerTherapist, ...row }) => ({
      ...row,
      offer:
        offerStart && offerUntil
          ? { startsAt: offerStart, heldUntil: offerUntil, therapistName: offerTherapist! }
          : null,
    }));
  });
}
