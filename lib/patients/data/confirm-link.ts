import "server-only";

import { recordPatientAudit } from "@/lib/audit/data";
import { hashToken, isWellFormedToken } from "@/lib/booking/tokens";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { insertLink } from "./links";

/** An earlier visit the patient is asked to claim: only when and what, nothing they typed. */
export interface EarlierVisit {
  startsAt: Date;
  typeName: string;
}

// The records a token may join: the same name and e-mail (any case), made before
// the e-mail went out, so a record a stranger adds later is never swept in.
const earlierRecords = (tx: Prisma.TransactionClient, patientId: string, before: Date) =>
  tx.$queryRaw<{ id: string }[]>`
    SELECT other.id::text AS id
    FROM patients me JOIN patients other
      ON lower(other.email) = lower(me.email) AND lower(other.name) = lower(me.name) AND other.id <> me.id
    WHERE me.id = ${patientId}::uuid AND other.created_at <= ${before}`;

async function liveToken(tx: Prisma.TransactionClient, token: string, now: Date) {
  if (!isWellFormedToken(token)) return null;
  return tx.patientLinkToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { tokenHash: true, patientId: true, createdAt: true },
  });
}

/**
 * What the "link my visits" page shows for a token e-mailed to the patient: the
 * earlier visits it would join, or null for a forged, used or expired token.
 */
export async function readLinkOffer(token: string, now = new Date()): Promise<{ visits: EarlierVisit[] } | null> {
  return db.$transaction(async (tx) => {
    const found = await liveToken(tx, token, now);
    if (!found) return null;
    const ids = (await earlierRecords(tx, found.patientId, found.createdAt)).map((r) => r.id);
    const bookings = await tx.booking.findMany({
      where: { patientId: { in: ids } },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true, appointmentType: { select: { name: true } } },
    });
    return { visits: bookings.map((b) => ({ startsAt: b.startsAt, typeName: b.appointmentType.name })) };
  });
}

/**
 * The patient confirms from the link e-mailed to their address: this booking's
 * record joins the earlier records of the same name and e-mail. The token is
 * spent in the same statement that checks it, so it works once; false for a
 * forged, used or expired one.
 */
export async function confirmPatientLink(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return db.$transaction(async (tx) => {
    const [spent] = await tx.$queryRaw<{ patient_id: string; created_at: Date }[]>`
      UPDATE patient_link_tokens SET used_at = ${now}
      WHERE token_hash = ${hashToken(token)} AND used_at IS NULL AND expires_at > ${now}
      RETURNING patient_id::text, created_at`;
    if (!spent) return false;
    for (const { id } of await earlierRecords(tx, spent.patient_id, spent.created_at)) {
      await insertLink(tx, spent.patient_id, id, null);
    }
    await recordPatientAudit(tx, "patient.link_confirmed", "patient", spent.patient_id);
    return true;
  });
}
