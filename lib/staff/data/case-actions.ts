import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { executorFor } from "@/lib/booking/data/bookings";
import { isExclusionViolation } from "@/lib/booking/errors";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/queue";
import { therapistChangedMail } from "@/lib/messages/emails";

import type { MoveBookingInput, NoteInput, OverrideInput } from "../case-schemas";
import { patientMailDetailsIn } from "./booking-mail";
import { caseWhere } from "./case-access";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The latest triage result of a case this actor may see, inside the caller's transaction. */
async function latestResult(tx: Tx, actor: StaffActor, intakeId: string) {
  const where = caseWhere(actor, intakeId);
  if (!where) return null;
  const intake = await tx.intake.findFirst({
    where,
    select: { id: true, currentTriage: { select: { id: true, reviewedAt: true } } },
  });
  return intake?.currentTriage ?? null;
}

/** Marks the case reviewed (who, when). False when there is no such case for this actor. */
export async function markReviewed(actor: StaffActor, intakeId: string): Promise<boolean> {
  assertActor(actor);
  return db.$transaction(async (tx) => {
    const result = await latestResult(tx, actor, intakeId);
    if (!result) return false;
    if (!result.reviewedAt) {
      await tx.triageResult.update({
        where: { id: result.id },
        data: { reviewedAt: new Date(), reviewedById: actor.userId },
      });
    }
    await recordAudit(tx, actor, "case.review", "intake", intakeId);
    return true;
  });
}

/**
 * Adds a clinician's disposition with its reason. Every override is kept (the
 * database refuses edits); the latest is the case's disposition, and the audit
 * event says what it replaced, what it became and why.
 */
export async function overrideDisposition(actor: StaffActor, intakeId: string, input: OverrideInput): Promise<boolean> {
  assertActor(actor);
  return db.$transaction(async (tx) => {
    const where = caseWhere(actor, intakeId);
    if (!where) return false;
    // Two overrides at once take turns, so the second records the first's disposition as its "from".
    await tx.$executeRaw`SELECT 1 FROM intakes WHERE id = ${intakeId}::uuid FOR UPDATE`;
    const intake = await tx.intake.findFirst({
      where,
      select: { currentTriage: { select: { id: true, effectiveDisposition: true } } },
    });
    const current = intake?.currentTriage;
    if (!current) return false;
    await tx.triageOverride.create({
      data: {
        triageResultId: current.id,
        intakeId,
        previousDisposition: current.effectiveDisposition,
        disposition: input.disposition,
        reason: input.reason,
        overriddenById: actor.userId,
      },
    });
    await recordAudit(tx, actor, "case.override", "intake", intakeId, {
      from: current.effectiveDisposition,
      to: input.disposition,
      reason: input.reason,
    });
    return true;
  });
}

/** Adds a clinical note (notes are append-only: the database refuses edits). */
export async function addNote(actor: StaffActor, intakeId: string, input: NoteInput): Promise<boolean> {
  assertActor(actor);
  return db.$transaction(async (tx) => {
    if (!(await latestResult(tx, actor, intakeId))) return false;
    await tx.staffNote.create({ data: { intakeId, authorId: actor.userId, body: input.body } });
    await recordAudit(tx, actor, "case.note", "intake", intakeId);
    return true;
  });
}

export type MoveOutcome = "moved" | "not_found" | "clash" | "unknown_therapist";

/**
 * Gives the case's booking to another therapist (admins only). The bookings'
 * EXCLUDE constraint still guards: a clash with the new therapist's diary is
 * refused by the database, not by a check that could race.
 */
export async function moveBooking(actor: StaffActor, intakeId: string, input: MoveBookingInput): Promise<MoveOutcome> {
  assertActor(actor, "admin");
  try {
    return await db.$transaction(async (tx) => {
      const where = caseWhere(actor, intakeId);
      const intake = where ? await tx.intake.findFirst({ where, select: { bookingId: true } }) : null;
      if (!intake) return "not_found";
      const therapist = await tx.therapist.findFirst({
        where: { id: input.therapistId, active: true },
        select: { id: true },
      });
      if (!therapist) return "unknown_therapist";
      await tx.booking.update({ where: { id: intake.bookingId }, data: { therapistId: therapist.id } });
      await recordAudit(tx, actor, "booking.move", "booking", intake.bookingId);
      await tellPatient(tx, intake.bookingId);
      return "moved";
    });
  } catch (error) {
    if (isExclusionViolation(error)) return "clash";
    throw error;
  }
}

/** The patient's e-mail about their new therapist, queued with the move (lib/staff/data/booking-mail.ts). */
async function tellPatient(tx: Tx, bookingId: string) {
  const details = await patientMailDetailsIn(tx, bookingId);
  if (details) await enqueueMail(executorFor(tx), therapistChangedMail(details));
}
