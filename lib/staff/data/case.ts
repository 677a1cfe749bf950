import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { linkedPatientIds } from "@/lib/patients/data/links";
import type { TriageFlag } from "@/lib/triage/triage";
import type { SuspectedCondition } from "@/lib/triage/conditions";
import type { Disposition } from "@/lib/triage/rule-types";

import { caseWhere } from "./case-access";

export interface CaseView {
  id: string;
  submittedAt: Date;
  /** The patient withdrew consent: the answers are not to be used for new purposes, nor exported. */
  consentWithdrawnAt: Date | null;
  answers: Record<string, unknown>;
  patient: { id: string; name: string; email: string; phone: string };
  /** The patient's details and free text were erased: when, and by whom (null: the retention job). */
  erased: { at: Date; by: string | null } | null;
  booking: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    status: string;
    typeName: string;
    therapistId: string;
    therapistName: string;
    /** What the patient typed at booking ("Anything you would like us to know?"), in their own words. */
    patientNote: string | null;
  };
  triage: {
    id: string;
    computed: Disposition;
    effective: Disposition;
    override: { disposition: Disposition; reason: string; by: string | null; at: Date } | null;
    /** Every override of the current result, oldest first: what it replaced, what it became, why. */
    overrides: { id: string; from: Disposition; to: Disposition; reason: string; by: string | null; at: Date }[];
    flags: TriageFlag[];
    suspected: SuspectedCondition[];
    scores: { painNow: number; painWorst: number; psfs: number };
    rulesVersion: number;
    reviewed: { by: string | null; at: Date } | null;
  };
  notes: { id: string; body: string; author: string; createdAt: Date }[];
  /** When the patient was first shown the emergency card, on which step ("review": on sending), for which rules. */
  emergencyCard: { at: Date; step: string; rules: string[] } | null;
  history: {
    id: string;
    submittedAt: Date;
    startsAt: Date;
    disposition: Disposition;
    painNow: number;
    painWorst: number;
    psfs: number;
    current: boolean;
  }[];
}

/**
 * A case with everything a clinician reads, or null when it does not exist or
 * is not this actor's to see. Reading it writes a case.view audit event in the
 * same transaction.
 */
export async function getCase(
  actor: StaffActor,
  intakeId: string,
  /** Why it is read, when not to show it: recorded with the case.view event ("FHIR download"). */
  purpose?: string,
): Promise<CaseView | null> {
  assertActor(actor);
  const where = caseWhere(actor, intakeId);
  if (!where) return null;
  return db.$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where,
      select: {
        id: true,
        answers: true,
        submittedAt: true,
        consentWithdrawnAt: true,
        emergencyCardShownAt: true,
        emergencyCardStep: true,
        emergencyCardRules: true,
        booking: {
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            status: true,
            therapistId: true,
            notes: true,
            appointmentType: { select: { name: true } },
            therapist: { select: { displayName: true } },
            patient: { select: { id: true, name: true, email: true, phone: true, erasedAt: true, erasedBy: true } },
          },
        },
        currentTriage: {
          select: {
            id: true,
            disposition: true,
            effectiveDisposition: true,
            flags: true,
            suspected: true,
            scores: true,
            rulesVersion: true,
            reviewedAt: true,
            reviewedBy: { select: { name: true } },
            overrideDisposition: true,
            overrideReason: true,
            overriddenAt: true,
            overriddenBy: { select: { name: true } },
          },
        },
        notes: {
          orderBy: { createdAt: "asc" },
          select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        },
      },
    });
    const triage = intake?.currentTriage;
    if (!intake || !triage) return null;
    await recordAudit(tx, actor, "case.view", "intake", intake.id, purpose ? { purpose } : undefined);
    const overrides = await tx.triageOverride.findMany({
      where: { triageResultId: triage.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        previousDisposition: true,
        disposition: true,
        reason: true,
        createdAt: true,
        overriddenBy: { select: { name: true } },
      },
    });

    const earlier = await tx.intake.findMany({
      // One patient's history: their own record and those joined to it on proof, never
      // other records that merely share a name and e-mail.
      where: {
        status: "submitted",
        booking: { patientId: { in: await linkedPatientIds(tx, intake.booking.patient.id) } },
      },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        submittedAt: true,
        caseDisposition: true,
        booking: { select: { startsAt: true } },
        currentTriage: { select: { scores: true, disposition: true } },
      },
    });

    const { booking } = intake;
    return {
      id: intake.id,
      submittedAt: intake.submittedAt!,
      consentWithdrawnAt: intake.consentWithdrawnAt,
      answers: intake.answers as Record<string, unknown>,
      patient: {
        id: booking.patient.id,
        name: booking.patient.name,
        email: booking.patient.email,
        phone: booking.patient.phone,
      },
      erased: booking.patient.erasedAt
        ? {
            at: booking.patient.erasedAt,
            by: booking.patient.erasedBy
              ? ((await tx.staffUser.findUnique({ where: { id: booking.patient.erasedBy }, select: { name: true } }))
                  ?.name ?? "a former staff member")
              : null,
          }
        : null,
      booking: {
        id: booking.id,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        status: booking.status,
        typeName: booking.appointmentType.name,
        therapistId: booking.therapistId,
        therapistName: booking.therapist.displayName,
        patientNote: booking.notes?.trim() || null,
      },
      triage: {
        id: triage.id,
        computed: triage.disposition,
        effective: triage.effectiveDisposition,
        override: triage.overrideDisposition
          ? {
              disposition: triage.overrideDisposition,
              reason: triage.overrideReason ?? "",
              by: triage.overriddenBy?.name ?? null,
              at: triage.overriddenAt!,
            }
          : null,
        overrides: overrides.map((o) => ({
          id: o.id,
          from: o.previousDisposition,
          to: o.disposition,
          reason: o.reason,
          by: o.overriddenBy?.name ?? null,
          at: o.createdAt,
        })),
        flags: triage.flags as unknown as TriageFlag[],
        suspected: triage.suspected as unknown as SuspectedCondition[],
        scores: triage.scores as unknown as CaseView["triage"]["scores"],
        rulesVersion: triage.rulesVersion,
        reviewed: triage.reviewedAt ? { by: triage.reviewedBy?.name ?? null, at: triage.reviewedAt } : null,
      },
      notes: intake.notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name, createdAt: n.createdAt })),
      emergencyCard:
        intake.emergencyCardShownAt && intake.emergencyCardStep
          ? { at: intake.emergencyCardShownAt, step: intake.emergencyCardStep, rules: intake.emergencyCardRules }
          : null,
      history: earlier.flatMap((e) => {
        const t = e.currentTriage;
        if (!t || !e.submittedAt) return [];
        const scores = t.scores as unknown as CaseView["triage"]["scores"];
        return [
          {
            id: e.id,
            submittedAt: e.submittedAt,
            startsAt: e.booking.startsAt,
            disposition: e.caseDisposition ?? t.disposition,
            ...scores,
            current: e.id === intake.id,
          },
        ];
      }),
    };
  });
}
