import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/uuid";

import { anonymisePatient } from "./erase";

/** The same name, whatever the case and spacing: what the admin types to confirm an erasure. */
const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

export type EraseOutcome = { erased: Date } | "not_found" | "name_mismatch" | "already_erased";

/**
 * Erases a patient (admins only), once the admin has typed the patient's full name:
 * see anonymisePatient for what goes and what stays. Audited; cannot be undone.
 */
export async function erasePatient(
  actor: StaffActor,
  patientId: string,
  confirm: string,
  now = new Date(),
): Promise<EraseOutcome> {
  assertActor(actor, "admin");
  if (!isUuid(patientId)) return "not_found";
  return db.$transaction(async (tx) => {
    const [patient] = await tx.$queryRaw<{ name: string; erasedAt: Date | null }[]>`
      SELECT name, erased_at AS "erasedAt" FROM patients WHERE id = ${patientId}::uuid FOR UPDATE`;
    if (!patient) return "not_found";
    if (patient.erasedAt) return "already_erased";
    if (!sameName(patient.name, confirm)) return "name_mismatch";
    await anonymisePatient(tx, patientId, actor.userId, now);
    await recordAudit(tx, actor, "patient.erase", "patient", patientId);
    return { erased: now };
  });
}

export interface PatientToErase {
  id: string;
  name: string;
  erasedAt: Date | null;
  appointments: number;
  /** The newest case, to go back to. */
  latestCaseId: string | null;
}

/** What the erase screen shows an admin (audited as patient.view); null for an unknown patient. */
export async function readPatientToErase(actor: StaffActor, patientId: string): Promise<PatientToErase | null> {
  assertActor(actor, "admin");
  if (!isUuid(patientId)) return null;
  return db.$transaction(async (tx) => {
    const p = await tx.patient.findUnique({
      where: { id: patientId },
      select: {
        id: true,
        name: true,
        erasedAt: true,
        _count: { select: { bookings: true } },
        bookings: {
          where: { intake: { status: "submitted" } },
          orderBy: { startsAt: "desc" },
          take: 1,
          select: { intake: { select: { id: true } } },
        },
      },
    });
    if (!p) return null;
    await recordAudit(tx, actor, "patient.view", "patient", p.id);
    return {
      id: p.id,
      name: p.name,
      erasedAt: p.erasedAt,
      appointments: p._count.bookings,
      latestCaseId: p.bookings[0]?.intake?.id ?? null,
    };
  });
}

/** The clinic's retention period in years, as an admin sees it. */
export async function readRetentionYears(actor: StaffActor): Promise<number> {
  assertActor(actor, "admin");
  const row = await db.clinicSettings.findUnique({ where: { id: 1 }, select: { retentionYears: true } });
  return row?.retentionYears ?? 8;
}

/** Saves the retention period (admins only, audited); the next daily run uses it. */
export async function updateRetentionYears(actor: StaffActor, years: number): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.clinicSettings.update({ where: { id: 1 }, data: { retentionYears: years } });
    await recordAudit(tx, actor, "clinic.retention_update", "clinic", "1", { years: String(years) });
  });
}
