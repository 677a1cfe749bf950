import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { executorFor } from "@/lib/booking/data/bookings";
import { clinicContactIn } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";
import { db } from "@/lib/db";
import type { MailMessage } from "@/lib/mail/message";
import { enqueueMail } from "@/lib/mail/queue";
import { urgentCaseAlert } from "@/lib/messages/emails";

import { closedReason, type IntakeClosed } from "./closing";

/** The emergency care card as shown to a patient: when first, where ("A"–"H", or "review" on sending), which rules. */
export interface EmergencyCardShown {
  at: Date;
  step: string;
  rules: string[];
}

export interface IntakeView {
  bookingId: string;
  /** "held" never reaches a patient: a held time has no questionnaire link. */
  bookingStatus: "booked" | "cancelled" | "completed" | "no_show" | "held";
  /** Why the link takes no more answers (read-only), or null while it does. */
  closed: IntakeClosed;
  startsAt: Date;
  typeName: string;
  therapistName: string;
  region: string | null;
  area: string | null;
  status: "none" | "draft" | "submitted";
  answers: Record<string, unknown>;
  draftStep: string | null;
  /** When the server last saved the draft (null when there is none), to compare with a browser's copy. */
  draftSavedAt: Date | null;
  submittedAt: Date | null;
  disposition: "emergency" | "urgent" | "soon" | "routine" | null;
  flagIds: string[];
  /** Null until the emergency care card has been shown. */
  emergencyCard: EmergencyCardShown | null;
}

/** The intake an intake link's token hash opens (booking details, draft or submitted answers); null otherwise. */
export async function findIntakeByTokenHash(hash: string, now = new Date()): Promise<IntakeView | null> {
  const booking = await db.booking.findUnique({
    where: { intakeTokenHash: hash },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
      region: true,
      area: true,
      appointmentType: { select: { name: true } },
      therapist: { select: { displayName: true } },
      intake: {
        select: {
          status: true,
          answers: true,
          draftStep: true,
          updatedAt: true,
          submittedAt: true,
          emergencyCardShownAt: true,
          emergencyCardStep: true,
          emergencyCardRules: true,
          currentTriage: { select: { disposition: true, flags: true } },
        },
      },
    },
  });
  if (!booking) return null;
  const latest = booking.intake?.currentTriage;
  const card = booking.intake;
  return {
    bookingId: booking.id,
    bookingStatus: booking.status,
    closed: closedReason(booking, now),
    startsAt: booking.startsAt,
    typeName: booking.appointmentType.name,
    therapistName: booking.therapist.displayName,
    region: booking.region,
    area: booking.area,
    status: booking.intake?.status ?? "none",
    answers: (booking.intake?.answers as Record<string, unknown> | undefined) ?? {},
    draftStep: booking.intake?.draftStep ?? null,
    draftSavedAt: booking.intake?.status === "draft" ? booking.intake.updatedAt : null,
    submittedAt: booking.intake?.submittedAt ?? null,
    disposition: latest?.disposition ?? null,
    flagIds: ((latest?.flags as { id: string }[] | undefined) ?? []).map((f) => f.id),
    emergencyCard:
      card?.emergencyCardShownAt && card.emergencyCardStep
        ? { at: card.emergencyCardShownAt, step: card.emergencyCardStep, rules: card.emergencyCardRules }
        : null,
  };
}

/**
 * Keeps that the emergency card was shown: the first time and step stay, the rules it
 * named are added to (a card shown again for a new rule keeps when it was first shown).
 */
async function recordEmergencyCard(tx: Prisma.TransactionClient, bookingId: string, card: EmergencyCardShown) {
  await tx.$executeRaw`
    UPDATE intakes SET
        emergency_card_shown_at = coalesce(emergency_card_shown_at, ${card.at}),
        emergency_card_step = coalesce(emergency_card_step, ${card.step}),
        emergency_card_rules = ARRAY(SELECT DISTINCT unnest(emergency_card_rules || ${card.rules}::text[]) ORDER BY 1)
      WHERE booking_id = ${bookingId}::uuid`;
}

/** The booking's questionnaire still takes answers at `now` (checked here, not only by the page). */
async function isOpen(tx: Prisma.TransactionClient, bookingId: string, now: Date): Promise<boolean> {
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: { status: true, endsAt: true, createdAt: true },
  });
  return booking !== null && closedReason(booking, now) === null;
}

/**
 * Saves a draft, and that the emergency card was shown for it when it was;
 * refused (false) once submitted, or when the link has closed (cancelled, the
 * appointment over, or 90 days since booking).
 */
export async function saveDraft(
  bookingId: string,
  answers: Record<string, unknown>,
  step: string,
  questionnaireVersion: number,
  emergencyCard?: EmergencyCardShown,
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await isOpen(tx, bookingId, now))) return false;
    const intake = await tx.intake.findUnique({ where: { bookingId }, select: { status: true } });
    if (intake?.status === "submitted") return false;
    await tx.intake.upsert({
      where: { bookingId },
      create: { bookingId, answers: answers as Prisma.InputJsonObject, draftStep: step, questionnaireVersion },
      update: { answers: answers as Prisma.InputJsonObject, draftStep: step, questionnaireVersion },
    });
    if (emergencyCard) await recordEmergencyCard(tx, bookingId, emergencyCard);
    return true;
  });
}

export interface SubmittedIntake {
  answers: Record<string, unknown>;
  submittedAt: Date;
  questionnaireVersion: number;
  consentTextVersion: number;
  result: {
    disposition: "emergency" | "urgent" | "soon" | "routine";
    flags: unknown[];
    suspected: unknown[];
    scores: Record<string, unknown>;
    rulesVersion: number;
  };
  /** Set when the result calls for the emergency card, which the patient sees on sending. */
  emergencyCard?: EmergencyCardShown;
}

/**
 * Answers, submission time, consent and the triage result in one transaction.
 * Only a draft (or no intake yet) can be submitted, so a double click or a
 * retry never makes two: the second call finds it submitted and returns false.
 * Refused (false) once the link has closed at `s.submittedAt`.
 */
export async function submitIntake(bookingId: string, s: SubmittedIntake): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await isOpen(tx, bookingId, s.submittedAt))) return false;
    // Locks the row (or creates it), so two submits in a race serialise here.
    await tx.$executeRaw`
      INSERT INTO intakes (booking_id, questionnaire_version) VALUES (${bookingId}::uuid, ${s.questionnaireVersion})
      ON CONFLICT (booking_id) DO NOTHING`;
    const updated = await tx.intake.updateMany({
      where: { bookingId, status: "draft" },
      data: {
        status: "submitted",
        answers: s.answers as Prisma.InputJsonObject,
        questionnaireVersion: s.questionnaireVersion,
        consentTextVersion: s.consentTextVersion,
        consentedAt: s.submittedAt,
        submittedAt: s.submittedAt,
        draftStep: null,
      },
    });
    if (updated.count === 0) return false;
    if (s.emergencyCard) await recordEmergencyCard(tx, bookingId, s.emergencyCard);
    const intake = await tx.intake.findUniqueOrThrow({ where: { bookingId }, select: { id: true } });
    await tx.triageResult.create({
      data: {
        intakeId: intake.id,
        disposition: s.result.disposition,
        flags: s.result.flags as Prisma.InputJsonArray,
        suspected: s.result.suspected as Prisma.InputJsonArray,
        scores: s.result.scores as Prisma.InputJsonObject,
        questionnaireVersion: s.questionnaireVersion,
        rulesVersion: s.result.rulesVersion,
      },
    });
    if (s.result.disposition === "emergency" || s.result.disposition === "urgent") {
      await alertStaff(tx, bookingId, intake.id);
    }
    return true;
  });
}

/**
 * "A case needs review today" to the clinic's address and the booked therapist,
 * queued with the submission (so it goes out within the worker's next poll, and
 * only if the answers were stored). It names no patient, condition or answer.
 */
async function alertStaff(tx: Prisma.TransactionClient, bookingId: string, intakeId: string) {
  const clinic = await clinicContactIn(tx);
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: { therapist: { select: { staffUser: { select: { email: true, active: true } } } } },
  });
  const therapist = booking.therapist.staffUser;
  const to = new Set([clinic.email, ...(therapist?.active ? [therapist.email] : [])]);
  const caseUrl = new URL(`/staff/cases/${intakeId}`, siteUrl()).toString();
  for (const address of to) await enqueueMail(executorFor(tx), urgentCaseAlert(clinic, address, caseUrl));
}

/**
 * Records that the patient withdrew consent for their sent questionnaire (the consent
 * text version it was given under stays on the row) and queues their confirmation, in
 * one transaction. Null when there is nothing to withdraw (not sent, or already withdrawn).
 */
export async function withdrawConsentRow(bookingId: string, now: Date, mail: MailMessage): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    const changed = await tx.intake.updateMany({
      where: { bookingId, status: "submitted", consentWithdrawnAt: null },
      data: { consentWithdrawnAt: now },
    });
    if (changed.count === 0) return null;
    await enqueueMail(executorFor(tx), mail);
    return now;
  });
}
