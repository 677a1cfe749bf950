import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import type { CaseRecord } from "@/lib/fhir/case-bundle";
import type { TriageFlag } from "@/lib/triage/triage";
import { isUuid } from "@/lib/uuid";

/** Everything held about one patient, as a subject-access request answers it. */
export interface PatientExport {
  patient: { id: string; name: string; email: string; phone: string; createdAt: Date; erasedAt: Date | null };
  bookings: {
    id: string;
    type: string;
    therapist: string;
    startsAt: Date;
    endsAt: Date;
    status: string;
    bookedAt: Date;
    cancelledAt: Date | null;
    noteAtBooking: string | null;
    messagesSent: { kind: string; hoursBefore: number; sentAt: Date }[];
    questionnaire: {
      id: string;
      status: string;
      submittedAt: Date | null;
      consent: { textVersion: number | null; givenAt: Date | null; withdrawnAt: Date | null };
      /** Left out once consent is withdrawn. */
      answers: Record<string, unknown> | null;
      triage: { disposition: string; computed: string; flags: { id: string; reason: string }[] } | null;
      overrides: { from: string; to: string; reason: string; at: Date }[];
      notes: { text: string; at: Date; erased: boolean }[];
    } | null;
  }[];
  waitlist: { type: string; therapist: string | null; from: string; to: string; status: string; joinedAt: Date }[];
}

/**
 * The patient's record and what the FHIR Bundles are made from, for an admin
 * answering a subject-access request; audited as patient.export. Null for an
 * unknown patient.
 */
export async function readPatientExport(
  actor: StaffActor,
  patientId: string,
): Promise<{ data: PatientExport; cases: CaseRecord[] } | null> {
  assertActor(actor, "admin");
  if (!isUuid(patientId)) return null;
  return db.$transaction(async (tx) => {
    const p = await tx.patient.findUnique({
      where: { id: patientId },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        createdAt: true,
        erasedAt: true,
        waitlist: {
          orderBy: { createdAt: "asc" },
          select: {
            fromDate: true,
            toDate: true,
            status: true,
            createdAt: true,
            appointmentType: { select: { name: true } },
            therapist: { select: { displayName: true } },
          },
        },
        bookings: {
          where: { status: { not: "held" } },
          orderBy: { startsAt: "asc" },
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            status: true,
            createdAt: true,
            cancelledAt: true,
            notes: true,
            therapistId: true,
            appointmentType: { select: { name: true } },
            therapist: { select: { displayName: true } },
            messages: { orderBy: { sentAt: "asc" }, select: { kind: true, offsetMinutes: true, sentAt: true } },
            intake: {
              select: {
                id: true,
                status: true,
                submittedAt: true,
                answers: true,
                consentTextVersion: true,
                consentedAt: true,
                consentWithdrawnAt: true,
                currentTriage: {
                  select: { id: true, disposition: true, effectiveDisposition: true, flags: true, rulesVersion: true },
                },
                triageOverrides: {
                  orderBy: { createdAt: "asc" },
                  select: { previousDisposition: true, disposition: true, reason: true, createdAt: true },
                },
                notes: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, erasedAt: true } },
              },
            },
          },
        },
      },
    });
    if (!p) return null;
    await recordAudit(tx, actor, "patient.export", "patient", p.id);
    const cases: CaseRecord[] = [];
    const bookings = p.bookings.map((b) => {
      const i = b.intake;
      const withdrawn = i?.consentWithdrawnAt ?? null;
      const t = i?.currentTriage;
      if (i?.status === "submitted" && i.submittedAt && t) {
        cases.push({
          patient: { id: p.id, name: p.name, email: p.email, phone: p.phone },
          booking: {
            id: b.id,
            startsAt: b.startsAt,
            endsAt: b.endsAt,
            status: b.status,
            typeName: b.appointmentType.name,
          },
          therapist: { id: b.therapistId, name: b.therapist.displayName },
          intake: {
            id: i.id,
            submittedAt: i.submittedAt,
            answers: i.answers as Record<string, unknown>,
            consentWithdrawnAt: withdrawn,
          },
          triage: {
            id: t.id,
            computed: t.disposition,
            effective: t.effectiveDisposition,
            flags: t.flags as unknown as TriageFlag[],
            rulesVersion: t.rulesVersion,
          },
        });
      }
      return {
        id: b.id,
        type: b.appointmentType.name,
        therapist: b.therapist.displayName,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        status: b.status,
        bookedAt: b.createdAt,
        cancelledAt: b.cancelledAt,
        noteAtBooking: b.notes,
        messagesSent: b.messages.map((m) => ({ kind: m.kind, hoursBefore: m.offsetMinutes / 60, sentAt: m.sentAt })),
        questionnaire: i
          ? {
              id: i.id,
              status: i.status,
              submittedAt: i.submittedAt,
              consent: { textVersion: i.consentTextVersion, givenAt: i.consentedAt, withdrawnAt: withdrawn },
              answers: withdrawn ? null : (i.answers as Record<string, unknown>),
              triage: t
                ? {
                    disposition: t.effectiveDisposition,
                    computed: t.disposition,
                    flags: (t.flags as unknown as TriageFlag[]).map((f) => ({ id: f.id, reason: f.reason })),
                  }
                : null,
              overrides: i.triageOverrides.map((o) => ({
                from: o.previousDisposition,
                to: o.disposition,
                reason: o.reason,
                at: o.createdAt,
              })),
              notes: i.notes.map((n) => ({ text: n.body, at: n.createdAt, erased: n.erasedAt !== null })),
            }
          : null,
      };
    });
    return {
      cases,
      data: {
        patient: {
          id: p.id,
          name: p.name,
          email: p.email,
          phone: p.phone,
          createdAt: p.createdAt,
          erasedAt: p.erasedAt,
        },
        bookings,
        waitlist: p.waitlist.map((w) => ({
          type: w.appointmentType.name,
          therapist: w.therapist?.displayName ?? null,
          from: w.fromDate.toISOString().slice(0, 10),
          to: w.toDate.toISOString().slice(0, 10),
          status: w.status,
          joinedAt: w.createdAt,
        })),
      },
    };
  });
}
